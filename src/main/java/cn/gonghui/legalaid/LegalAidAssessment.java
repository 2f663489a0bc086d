package cn.gonghui.legalaid;

import cn.gonghui.application.ApplicationResult;
import cn.gonghui.platform.openapi.ContractFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Legal aid's conclusion from the form, kept in the application's result and renewed after a supplement. */
@Schema(name = "LegalAidAssessment", description = "法律援助申请的 result 中的援助条件审核结果，提交和补充材料后重新审核；"
        + "指派律师后 result 另有 lawyer {officerId, displayName}，批准后另有 formOfHelp（见 LegalAidApproval），办结后另有 "
        + "outcome（见 LegalAidCompletion）。/ The eligibility part of a legal-aid application's result, assessed at "
        + "submission and again after each supplement; assigning adds lawyer {officerId, displayName}, approval adds "
        + "formOfHelp (LegalAidApproval), completion adds outcome (LegalAidCompletion).",
        examples = "{\"eligibility\": \"advice_only\", \"eligibilityReasons\": [\"INCOME_NOT_GIVEN\"], "
                + "\"minimumWage\": \"2540.00\", \"amountThreshold\": \"1000.00\", \"incomeTestWaived\": false}",
        extensions = @Extension(name = ContractFilter.APPLICATION_RESULT, value = "legal-aid"))
public record LegalAidAssessment(
        @Schema(description = "eligible：给予援助；advice_only：不符合条件，照常受理并提供法律咨询 / eligible: aided; "
                + "advice_only: accepted all the same, for advice", enumeration = {"eligible", "advice_only"},
                required = true)
        String eligibility,
        @Schema(description = "仅可咨询的原因 / Why only advice", required = true, maxItems = 3)
        List<Eligibility.Reason> eligibilityReasons,
        @Schema(description = "提交当天本市月最低工资标准（元）/ The monthly minimum wage in force on the day of "
                + "submission, in yuan", examples = "2540.00", maxLength = 16, required = true)
        String minimumWage,
        @Schema(description = "援助的争议金额起点（元）/ The amount in dispute from which aid is given, in yuan",
                examples = "1000.00", maxLength = 16, required = true)
        String amountThreshold,
        @Schema(description = "农民工追讨欠薪或工伤赔偿，不审核收入 / A migrant worker's wage or injury claim: no "
                + "income test", required = true)
        boolean incomeTestWaived) implements ApplicationResult {

    static final String ELIGIBLE = "eligible";
    static final String ADVICE_ONLY = "advice_only";

    static LegalAidAssessment of(Eligibility.Assessment assessment) {
        return new LegalAidAssessment(assessment.eligible() ? ELIGIBLE : ADVICE_ONLY,
                List.copyOf(assessment.reasons()), assessment.minimumWage().toPlainString(),
                assessment.amountThreshold().toPlainString(), assessment.incomeTestWaived());
    }
}
