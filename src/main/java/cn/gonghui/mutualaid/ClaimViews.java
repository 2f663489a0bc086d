package cn.gonghui.mutualaid;

import cn.gonghui.privacy.Masking;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What mutual aid shows of claims: to the officer with the computation, to the member with the year's cap. */
public final class ClaimViews {

    private ClaimViews() {
    }

    @Schema(name = "MutualAidComputation", description = "给付金额的计算：（个人自付 − 起付线）× 比例，不超过年度剩余限额 / "
            + "How the amount came about: (self-paid − deductible) × rate, never above what is left of the year's cap")
    public record ComputationView(
            @Schema(description = "应付金额（元）/ Amount, yuan", examples = "2800.00", maxLength = 15) String amount,
            @Schema(description = "结论 / Outcome", enumeration = {"payable", "capped", "cap_exhausted",
                    "below_deductible", "waiting_period", "outside_coverage"}) String outcome,
            @Schema(description = "个人自付 / Self-paid", examples = "5000.00", maxLength = 15) String selfPaid,
            @Schema(description = "起付线 / Deductible", examples = "1000.00", maxLength = 15) String deductible,
            @Schema(description = "给付比例 / Rate", examples = "0.70", maxLength = 4) String rate,
            @Schema(description = "限额前金额 / Before the cap", examples = "2800.00", maxLength = 15) String beforeCap,
            @Schema(description = "本年度此前已获给付 / Paid earlier in the year", examples = "0.00", maxLength = 15)
            String claimedBefore,
            @Schema(description = "本年度剩余限额 / What was left of the cap", examples = "20000.00", maxLength = 15)
            String remainingCap,
            @Schema(description = "保障起始日（等待期后）/ First covered day", examples = "2027-04-01") LocalDate coveredFrom) {

        /** As officers outside the claim's street see it: the sums and the rate hidden, the rule's outcome kept. */
        static ComputationView masked(ClaimComputation.Result result) {
            String hidden = Masking.amount(result.amount());
            return new ComputationView(hidden, result.outcome().code(), hidden, money(result.deductible()), "****",
                    hidden, hidden, hidden, result.coveredFrom());
        }

        static ComputationView of(ClaimComputation.Result result) {
            return new ComputationView(money(result.amount()), result.outcome().code(), money(result.selfPaid()),
                    money(result.deductible()), result.rate().toPlainString(), money(result.beforeCap()),
                    money(result.claimedBefore()), money(result.remainingCap()), result.coveredFrom());
        }
    }

    @Schema(name = "MutualAidClaim", description = "互助保障理赔。理赔所在街道的干部看明文；其他有权查看的干部（区级）看到"
            + "医院、日期和金额已遮蔽，须 plaintext=true 才看明文；明文查看均留痕 / A mutual-aid claim: plain to the officers "
            + "of its street; other officers within reach (the district's) see the hospital, dates and amounts masked "
            + "unless they ask plaintext=true; every plain look audited")
    public record OfficerView(
            @Schema(description = "申请编号 / Application id") UUID applicationId,
            @Schema(description = "计划代码 / Plan code", examples = "xicheng-2027", maxLength = 40) String planCode,
            @Schema(description = "计算所用的计划版本 / The plan version computing it", examples = "1", minimum = "1",
                    maximum = "10000") int planVersion,
            @Schema(description = "理赔记录状态 / The claim's state", enumeration = {"open", "approved", "closed"}) String state,
            @Schema(description = "来自医保结算 / Filed from a settlement of the medical insurance") boolean fromSettlement,
            @Schema(description = "住院情况（完整表单；遮蔽时医院只留首字、日期只留年月、金额隐去）/ The stay: the whole form "
                    + "(masked: the hospital's first character, the dates' month, no amounts)", ref = "JsonObject") JsonNode stay,
            ComputationView computation,
            @Schema(description = "批准金额（遮蔽时为 ****.**）/ Amount approved (****.** when masked)", examples = "2800.00",
                    maxLength = 15, nullable = true) String approvedAmount,
            @Schema(description = "健康信息已遮蔽 / The health data is masked") boolean masked) {
    }

    @Schema(name = "MyMutualAid", description = "我的职工互助保障 / My mutual-aid protection")
    public record MineView(
            @Schema(description = "参保记录，含保障期和本年度额度 / Enrollments, their coverage and the year's cap",
                    maxItems = 100) List<MyEnrollment> enrollments,
            @Schema(description = "可参保的计划 / Plans open for enrollment", maxItems = 100) List<PlanView> openPlans) {
    }

    @Schema(name = "MyMutualAidEnrollment", description = "一个年度的参保、理赔和剩余额度 / One year's enrollment, claims "
            + "and what is left of the cap")
    public record MyEnrollment(
            EnrollmentView enrollment,
            @Schema(description = "年度限额 / Annual cap", examples = "20000.00", maxLength = 15) String annualCap,
            @Schema(description = "已获批准 / Approved so far", examples = "2800.00", maxLength = 15) String claimed,
            @Schema(description = "剩余额度 / Left of the cap", examples = "17200.00", maxLength = 15) String remaining,
            @Schema(description = "理赔 / Claims", maxItems = 100) List<MyClaim> claims) {
    }

    @Schema(name = "MyMutualAidClaim", description = "本人的一笔理赔 / One of the member's claims")
    public record MyClaim(
            @Schema(description = "申请编号 / Application id") UUID applicationId,
            @Schema(description = "状态 / State", enumeration = {"open", "approved", "closed"}) String state,
            ComputationView computation,
            @Schema(description = "批准金额 / Amount approved", examples = "2800.00", maxLength = 15, nullable = true)
            String approvedAmount) {
    }

    /** The stay as officers outside the claim's street see it. */
    static ObjectNode maskedStay(ClaimForm form, ObjectMapper json) {
        ObjectNode stay = json.createObjectNode();
        stay.put("admittedOn", Masking.day(form.admitted()));
        stay.put("dischargedOn", Masking.day(form.discharged()));
        stay.put("hospitalName", Masking.text(form.hospitalName()));
        stay.put("hospitalLevel", "*");
        stay.put("totalCost", Masking.amount(form.totalCost()));
        stay.put("insurancePaid", Masking.amount(form.insurancePaid()));
        stay.put("selfPaid", Masking.amount(form.selfPaid()));
        return stay;
    }

    /** Every field hidden: a claim filed before stays were kept masked. */
    static ObjectNode hiddenStay(ObjectMapper json) {
        ObjectNode stay = json.createObjectNode();
        for (String field : new String[] {"admittedOn", "dischargedOn", "hospitalName", "hospitalLevel", "totalCost",
                "insurancePaid", "selfPaid"}) {
            stay.put(field, "***");
        }
        return stay;
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
