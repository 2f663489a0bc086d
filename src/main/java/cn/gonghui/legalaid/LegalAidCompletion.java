package cn.gonghui.legalaid;

import cn.gonghui.application.ActionResult;
import cn.gonghui.application.ApplicationResult;
import cn.gonghui.platform.openapi.ContractFilter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What completing legal aid records: how the case ended. Kept in the application's result as it is. */
@Schema(name = "LegalAidCompletion", description = "法律援助 complete 操作的 result / The result of completing legal aid",
        examples = "{\"outcome\": {\"kind\": \"mediated\", \"mediatedAmount\": \"8600.00\", "
                + "\"summary\": \"经街道调解委员会调解，单位同意补发三个月工资\"}}",
        additionalProperties = Schema.False.class,
        extensions = @Extension(name = ContractFilter.ACTION_RESULT, value = "complete"))
public record LegalAidCompletion(
        @Valid
        @NotNull(message = "REQUIRED")
        @Schema(description = "案件结果 / How the case ended", required = true)
        LegalAidOutcome outcome) implements ActionResult, ApplicationResult {
}
