package cn.gonghui.hardship;

import cn.gonghui.platform.openapi.ResponseProperties;
import cn.gonghui.application.ApplicationResult;
import cn.gonghui.platform.money.Money;
import cn.gonghui.platform.openapi.ContractFilter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the hardship lines keep in an application's result, besides the district's decision
 * ({@link HardshipApprovals}). Amounts are yuan as two-place text, as everywhere in the API.
 */
public final class HardshipResults {

    private static final String FILE = "hardship.file";

    private HardshipResults() {
    }

    /**
     * The service's classification of the household at submission (and after each supplement); a
     * district's decision at approval replaces its {@code classification}.
     */
    @Schema(name = "HardshipAssessment", description = "困难职工建档申请的 result 中的系统测算：提交和补充材料后按提交当天的"
            + "最低生活保障标准重新测算；区总工会批准时认定的类别取代 classification。/ The service's classification of a "
            + "hardship file's household, at submission and again after each supplement, by the minimum-living line of "
            + "the submission day; the class the district settles on at approval replaces classification.",
            examples = "{\"classification\": \"relative\", \"perCapitaMonthlyIncome\": \"2100.00\", "
                    + "\"minimumLivingLine\": \"1450.00\", \"householdSize\": 3}",
            extensions = @Extension(name = ContractFilter.APPLICATION_RESULT, value = FILE))
    public record Assessment(
            @Schema(description = "困难类别：深度、相对、意外致困或不符合 / Deep, relative or accident hardship, or not "
                    + "eligible", required = true, examples = "relative",
                    enumeration = {"deep", "relative", "accident", "not_eligible"})
            String classification,
            @Schema(description = "家庭人均月收入（元），已减去刚性支出，可为负 / The household's monthly income per "
                    + "person in yuan, less the unavoidable costs: negative when the costs exceed the income",
                    required = true, examples = "2100.00", maxLength = 17, pattern = "^-?\\d{1,12}(\\.\\d{1,2})?$")
            String perCapitaMonthlyIncome,
            @Schema(description = "提交当天的最低生活保障标准（元/月）/ The monthly minimum-living line of the submission "
                    + "day, in yuan", required = true, examples = "1450.00", maxLength = 16, pattern = Money.PATTERN)
            String minimumLivingLine,
            @Schema(description = "家庭人口 / Household size", required = true, examples = "3", minimum = "1",
                    maximum = "10")
            Integer householdSize) implements ApplicationResult {
    }

    /** The file the approval opened and how long it stands. */
    @Schema(name = "HardshipFileOpened", description = "困难职工建档申请批准后 result 中的档案及其有效期 / The file a "
            + "hardship file's approval opened, and how long it stands, in its result",
            examples = "{\"fileId\": \"01a24dd0-d987-7144-b104-92287eeeed2d\", \"validFrom\": \"2026-12-07\", "
                    + "\"validUntil\": \"2027-12-06\"}",
            extensions = @Extension(name = ContractFilter.APPLICATION_RESULT, value = FILE))
    public record FileOpened(
            @Schema(description = "档案 / The file", required = true, examples = "01a24dd0-d987-7144-b104-92287eeeed2d")
            UUID fileId,
            @Schema(description = "生效日期 / Valid from", required = true, examples = "2026-12-07")
            LocalDate validFrom,
            @Schema(description = "有效期至（含当天）/ Valid until, that day included", required = true,
                    examples = "2027-12-06")
            LocalDate validUntil) implements ApplicationResult {
    }

    /** Medical aid's approval: what was asked for and what the district granted. */
    @Schema(name = "HardshipMedicalAidAmounts", description = "医疗救助申请批准后 result 中的申请金额和核定金额 / What a "
            + "medical-aid application asked for and what the district approved, in its result",
            examples = "{\"amountRequested\": \"5000.00\", \"approvedAmount\": \"3200.00\"}",
            extensions = @Extension(name = ContractFilter.APPLICATION_RESULT, value = HardshipOffers.MEDICAL_AID))
    public record MedicalAidAmounts(
            @Schema(description = "申请金额（元）/ The amount requested, in yuan", required = true, examples = "5000.00",
                    maxLength = 16, pattern = Money.PATTERN)
            String amountRequested,
            @Schema(description = "核定金额（元）/ The amount approved, in yuan", required = true, examples = "3200.00",
                    maxLength = 16, pattern = Money.PATTERN)
            String approvedAmount) implements ApplicationResult {
    }

    /**
     * What a programme's approval granted under the file: the living subsidy's monthly amount and
     * first month, or education aid's total; medical aid's amount is its {@link MedicalAidAmounts}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HardshipProgrammeGranted", description = "帮扶项目申请批准后 result 中所依据的档案和给付：生活补助的月额"
            + "和首个发放月份，或助学金的合计金额。/ What a programme's approval granted under the file: the living "
            + "subsidy's monthly amount and first month, or education aid's total.",
            examples = "{\"fileId\": \"01a24dd0-d987-7144-b104-92287eeeed2d\", \"monthlyAmount\": \"200.00\", "
                    + "\"firstPeriod\": \"2026-12\"}",
            extensions = {@Extension(name = ContractFilter.APPLICATION_RESULT, value = HardshipOffers.LIVING_SUBSIDY
                    + ", " + HardshipOffers.EDUCATION_AID + ", " + HardshipOffers.MEDICAL_AID),
                    @Extension(name = ResponseProperties.WHEN_SET, value = "omitted when null")})
    public record ProgrammeGranted(
            @Schema(description = "档案 / The file", required = true, examples = "01a24dd0-d987-7144-b104-92287eeeed2d")
            UUID fileId,
            @Schema(description = "生活补助月额（元）/ The living subsidy per month, in yuan", examples = "200.00",
                    maxLength = 16, pattern = Money.PATTERN)
            String monthlyAmount,
            @Schema(description = "生活补助首个发放月份 / The living subsidy's first month", examples = "2026-12",
                    maxLength = 7, pattern = "^\\d{4}-\\d{2}$")
            String firstPeriod,
            @Schema(description = "助学金合计（元）/ Education aid in total, in yuan", examples = "3000.00",
                    maxLength = 16, pattern = Money.PATTERN)
            String totalAmount) implements ApplicationResult {
    }
}
