package cn.gonghui.legalaid;

import cn.gonghui.application.ActionResult;
import cn.gonghui.application.ApplicationResult;
import cn.gonghui.platform.openapi.ContractFilter;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What approving legal aid records: how the union will help. Kept in the application's result as it is. */
@Schema(name = "LegalAidApproval", description = "法律援助 approve 操作的 result：援助方式。仅可咨询的申请只能选 advice。"
        + "/ The result of approving legal aid: the form of help; a request for advice only can only get advice.",
        examples = "{\"formOfHelp\": \"mediation\"}", additionalProperties = Schema.False.class,
        extensions = @Extension(name = ContractFilter.ACTION_RESULT, value = "approve"))
public record LegalAidApproval(
        @NotNull(message = "REQUIRED")
        @Schema(description = "援助方式：法律咨询、代写文书、调解、仲裁代理、诉讼代理 / Form of help", required = true,
                examples = "mediation")
        FormOfHelp formOfHelp) implements ActionResult, ApplicationResult {

    @Schema(name = "LegalAidFormOfHelp", description = "援助方式 / Form of help", type = SchemaType.STRING,
            enumeration = {"advice", "document_drafting", "mediation", "arbitration", "litigation"})
    public enum FormOfHelp {
        ADVICE("advice"),
        DOCUMENT_DRAFTING("document_drafting"),
        MEDIATION("mediation"),
        ARBITRATION("arbitration"),
        LITIGATION("litigation");

        private final String code;

        FormOfHelp(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }
}
