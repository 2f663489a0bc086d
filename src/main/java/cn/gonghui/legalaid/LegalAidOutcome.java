package cn.gonghui.legalaid;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import cn.gonghui.platform.openapi.ResponseProperties;
import cn.gonghui.platform.money.Money;
import cn.gonghui.platform.money.WrittenMoney;
import cn.gonghui.platform.text.MultiLineText;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a legal-aid case ended, recorded when it is completed. Which amounts an outcome carries
 * depends on its kind ({@link OutcomeAmounts}); the summary is kept without surrounding blanks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@OutcomeAmounts
@Schema(name = "LegalAidOutcome", description = "法律援助 complete 操作的 result.outcome：案件结果。"
        + "/ The result.outcome of completing legal aid: how the case ended.",
        additionalProperties = Schema.False.class, extensions = @Extension(name = ResponseProperties.WHEN_SET, value = "omitted when null"))
public record LegalAidOutcome(
        @NotNull(message = "REQUIRED")
        @Schema(description = "结果：调解成功、仲裁裁决、法院判决、已提供咨询、和解、职工撤回、无结果 / How it ended",
                required = true, examples = "mediated")
        Kind kind,
        @JsonDeserialize(using = WrittenMoney.class)
        @Schema(description = "调解金额（元），kind 为 mediated 时必填，其他情形不可填 / The mediated amount in yuan: "
                + "required for mediated, not allowed otherwise", examples = "8600.00", maxLength = 16,
                pattern = Money.PATTERN, nullable = true)
        String mediatedAmount,
        @JsonDeserialize(using = WrittenMoney.class)
        @Schema(description = "裁决、判决或和解金额（元），仅 arbitration_award、court_judgment、settled 可填 / The amount "
                + "awarded or settled in yuan, only for arbitration_award, court_judgment and settled",
                examples = "12000.00", maxLength = 16, pattern = Money.PATTERN, nullable = true)
        String awardedAmount,
        @Size(max = LegalAidOutcome.SUMMARY_MAX, message = "TOO_LONG")
        @MultiLineText
        @Schema(description = "结果说明，最多 500 字 / What was decided, at most 500 characters",
                examples = "经街道调解委员会调解，单位同意补发三个月工资", maxLength = 500, nullable = true)
        String summary) {

    static final int SUMMARY_MAX = 500;

    public LegalAidOutcome {
        summary = summary == null ? null : summary.strip();
    }

    @Schema(name = "LegalAidOutcomeKind", description = "案件结果 / How a legal-aid case ended", type = SchemaType.STRING,
            enumeration = {"mediated", "arbitration_award", "court_judgment", "advice_given", "settled",
                    "withdrawn_by_worker", "no_result"})
    public enum Kind {
        MEDIATED("mediated"),
        ARBITRATION_AWARD("arbitration_award"),
        COURT_JUDGMENT("court_judgment"),
        ADVICE_GIVEN("advice_given"),
        SETTLED("settled"),
        WITHDRAWN_BY_WORKER("withdrawn_by_worker"),
        NO_RESULT("no_result");

        /** The outcomes with an amount awarded or agreed. */
        static final Set<Kind> WITH_AWARD = EnumSet.of(ARBITRATION_AWARD, COURT_JUDGMENT, SETTLED);

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }
}
