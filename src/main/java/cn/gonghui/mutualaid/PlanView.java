package cn.gonghui.mutualaid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a plan as officers and members read it. */
@Schema(name = "MutualAidPlan", description = "互助保障计划的一个版本 / One version of a mutual-aid plan")
public record PlanView(
        @Schema(description = "版本编号 / Id of this version") UUID id,
        @Schema(description = "计划代码 / Plan code", examples = "xicheng-2027", maxLength = 40) String code,
        @Schema(description = "版本号；更正生成新版本，适用于其后提交的理赔 / Version; a correction is a new version "
                + "for claims filed after it", examples = "1", minimum = "1", maximum = "10000") int planVersion,
        @Schema(description = "名称 / Name", examples = "西城区2027年职工住院互助保障", maxLength = 100) String name,
        @Schema(description = "计划所属的区；仅 2026 年 12 月前建立、尚未指定区的计划为空（只有管理员可见，修改时指定）/ The "
                + "plan's district; empty only for a plan kept before plans had districts and not assigned one yet "
                + "(administrators alone see it, and assign it with a change)", examples = "xicheng", maxLength = 40,
                pattern = PlanRequest.DISTRICT, nullable = true) String districtCode,
        @Schema(description = "计划年度 / Plan year", examples = "2027", minimum = "2000", maximum = "2100") int year,
        @Schema(description = "参保开始 / Enrollment opens") Instant enrollmentOpensAt,
        @Schema(description = "参保截止 / Enrollment closes") Instant enrollmentClosesAt,
        @Schema(description = "保障开始日 / First covered day", examples = "2027-01-01") LocalDate coverageStartsOn,
        @Schema(description = "保障结束日 / Last covered day", examples = "2027-12-31") LocalDate coverageEndsOn,
        @Schema(description = "每人会费（元）/ Fee per member", examples = "60.00", maxLength = 15) String feePerMember,
        @Schema(description = "起付线（元）/ Deductible", examples = "1000.00", maxLength = 15) String deductible,
        @Schema(description = "给付比例 / Rates", maxItems = 3) List<RateView> rates,
        @Schema(description = "每人年度限额（元）/ Annual cap per member", examples = "20000.00", maxLength = 15)
        String annualCapPerMember,
        @Schema(description = "等待期天数 / Waiting days", examples = "90", minimum = "0", maximum = "365") int waitingDays,
        @Schema(description = "适用于此后提交的理赔 / Applies to claims filed from") Instant appliesFrom,
        @Schema(description = "保障已开始，规则不可再改（更正为新版本）/ Coverage started: the rules are fixed, a "
                + "correction is a new version") boolean inForce,
        @Schema(description = "创建时间 / Created") Instant createdAt) {

    @Schema(name = "MutualAidRateView", description = "给付比例 / A rate")
    public record RateView(
            @Schema(description = "医院等级 / Hospital level") HospitalLevel hospitalLevel,
            @Schema(description = "比例 / Rate", examples = "0.70", maxLength = 4) String rate) {
    }
}
