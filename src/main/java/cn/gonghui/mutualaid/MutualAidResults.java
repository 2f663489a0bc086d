package cn.gonghui.mutualaid;

import cn.gonghui.application.ActionResult;
import cn.gonghui.application.ApplicationResult;
import cn.gonghui.platform.openapi.ContractFilter;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What mutual aid keeps in a claim's application result: codes and ids only. The amounts, dates and
 * hospital are health information and stay encrypted in the claim ({@code /admin/mutual-aid/claims}).
 */
public final class MutualAidResults {

    private MutualAidResults() {
    }

    /** At filing: which plan version computes the claim and the computation's outcome. */
    public record Assessment(String planCode, int planVersion, String outcome) implements ApplicationResult {
    }

    /** At approval: the payment scheduled to the member's card. */
    public record Granted(UUID disbursementId) implements ApplicationResult {
    }

    /** Rejecting a claim names why, as a code. */
    @Schema(name = "MutualAidRejection", description = "职工互助保障 reject 操作的 result：不予给付的原因代码 / The result "
            + "of rejecting a mutual-aid claim: why, as a code", examples = "{\"reasonCode\": \"invoices_invalid\"}",
            additionalProperties = Schema.False.class,
            extensions = @Extension(name = ContractFilter.ACTION_RESULT, value = "reject"))
    public record Rejection(
            @NotNull(message = "REQUIRED")
            @Schema(description = "原因代码 / Why", required = true, type = SchemaType.STRING, enumeration = {
                    "invoices_invalid", "not_covered", "waiting_period", "below_deductible", "cap_exhausted",
                    "not_a_hospital_stay", "duplicate_stay"})
            Reason reasonCode) implements ActionResult, ApplicationResult {
    }

    /** Why a claim is not paid. */
    public enum Reason {
        INVOICES_INVALID, NOT_COVERED, WAITING_PERIOD, BELOW_DEDUCTIBLE, CAP_EXHAUSTED, NOT_A_HOSPITAL_STAY, DUPLICATE_STAY;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
