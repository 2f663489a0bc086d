package cn.gonghui.legalaid;

import cn.gonghui.platform.openapi.ContractFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's shape of completing legal aid: the outcome, as {@link LegalAidResults#outcome} checks it. */
@Schema(name = "LegalAidCompletion", description = "法律援助 complete 操作的 result / The result of completing legal aid",
        extensions = @Extension(name = ContractFilter.ACTION_RESULT, value = "complete"))
public record LegalAidCompletion(
        @Schema(description = "案件结果 / How the case ended", required = true) LegalAidOutcome outcome) {
}
