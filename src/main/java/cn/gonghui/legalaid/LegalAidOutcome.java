package cn.gonghui.legalaid;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a legal-aid case ended, recorded when it is completed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "LegalAidOutcome", description = "法律援助 complete 操作的 result.outcome：案件结果。"
        + "/ The result.outcome of completing legal aid: how the case ended.")
public record LegalAidOutcome(
        @Schema(description = "结果：调解成功、仲裁裁决、法院判决、已提供咨询、和解、职工撤回、无结果 / How it ended",
                required = true, enumeration = {"mediated", "arbitration_award", "court_judgment", "advice_given",
                        "settled", "withdrawn_by_worker", "no_result"}, examples = "mediated")
        String kind,
        @Schema(description = "调解金额（元），kind 为 mediated 时必填，其他情形不可填 / The mediated amount in yuan: "
                + "required for mediated, not allowed otherwise", examples = "8600.00", maxLength = 16,
                pattern = "^\\d{1,12}(\\.\\d{1,2})?$", nullable = true)
        String mediatedAmount,
        @Schema(description = "裁决、判决或和解金额（元），仅 arbitration_award、court_judgment、settled 可填 / The amount "
                + "awarded or settled in yuan, only for arbitration_award, court_judgment and settled",
                examples = "12000.00", maxLength = 16, pattern = "^\\d{1,12}(\\.\\d{1,2})?$", nullable = true)
        String awardedAmount,
        @Schema(description = "结果说明，最多 500 字 / What was decided, at most 500 characters",
                examples = "经街道调解委员会调解，单位同意补发三个月工资", maxLength = 500, nullable = true)
        String summary) {

    static final List<String> KINDS = List.of("mediated", "arbitration_award", "court_judgment", "advice_given",
            "settled", "withdrawn_by_worker", "no_result");
    static final List<String> WITH_AWARD = List.of("arbitration_award", "court_judgment", "settled");
    static final int SUMMARY_MAX = 500;
}
