package cn.gonghui.mutualaid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enrollment: which plan year, how, the fee and the days covered. */
@Schema(name = "MutualAidEnrollment", description = "互助保障参保记录 / A mutual-aid enrollment")
public record EnrollmentView(
        @Schema(description = "编号 / Id") UUID id,
        @Schema(description = "计划代码 / Plan code", examples = "xicheng-2027", maxLength = 40) String planCode,
        @Schema(description = "计划年度 / Plan year", examples = "2027", minimum = "2000", maximum = "2100") int year,
        @Schema(description = "会员编号 / Member id", nullable = true) UUID memberId,
        @Schema(description = "参保方式：工会集体参保或本人参保 / Enrolled by the union or by the member",
                enumeration = {"union", "self"}) String channel,
        @Schema(description = "会费（元）/ Fee, yuan", examples = "60.00", maxLength = 15) String fee,
        @Schema(description = "会费状态：应缴或已缴（线下缴纳，由干部登记）/ Fee due, or paid (offline, recorded by an "
                + "officer)", enumeration = {"due", "paid"}) String feeStatus,
        @Schema(description = "保障起始日（等待期后）/ First covered day, after the waiting days", examples = "2027-04-01")
        LocalDate coveredFrom,
        @Schema(description = "保障结束日 / Last covered day", examples = "2027-12-31") LocalDate coveredUntil,
        @Schema(description = "参保时间 / When enrolled") Instant createdAt) {

    /** What a bulk enrollment did, member by member. */
    @Schema(name = "MutualAidBulkEnrollment", description = "集体参保的结果，逐人列出 / A bulk enrollment's outcome, "
            + "member by member")
    public record Bulk(
            @Schema(description = "已参保 / Enrolled", maxItems = 500) List<EnrollmentView> enrolled,
            @Schema(description = "未参保及原因 / Not enrolled, and why", maxItems = 500) List<Refusal> refused) {
    }

    @Schema(name = "MutualAidEnrollmentRefusal", description = "未参保的会员及原因代码 / A member not enrolled, and why")
    public record Refusal(
            @Schema(description = "会员编号 / Member id") UUID memberId,
            @Schema(description = "原因代码：NOT_ACTIVE_MEMBER（不是本辖区的在册会员）、ALREADY_ENROLLED（本年度已参保）、"
                    + "PLAN_OF_OTHER_DISTRICT（会员所在街道不属于计划的区）/ Why: not an active member of the caller's "
                    + "streets, enrolled for the year already, or the member's street is not of the plan's district",
                    enumeration = {"NOT_ACTIVE_MEMBER", "ALREADY_ENROLLED", "PLAN_OF_OTHER_DISTRICT"}) String code) {
    }
}
