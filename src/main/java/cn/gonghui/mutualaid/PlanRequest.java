package cn.gonghui.mutualaid;

import cn.gonghui.platform.money.Money;
import cn.gonghui.platform.money.PositiveMoney;
import cn.gonghui.platform.money.WrittenMoney;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan, or a new version of one, as a district officer writes it; money as two-place strings. */
@Schema(name = "MutualAidPlanRequest", description = "互助保障计划 / A mutual-aid plan")
public record PlanRequest(
        @NotBlank @Pattern(regexp = CODE)
        @Schema(description = "计划代码，全市唯一（各区之间也不重复），同一计划的各版本共用 / The plan's code, unique across "
                + "all districts, shared by its versions",
                examples = "xicheng-2027", pattern = CODE, maxLength = 40, required = true) String code,
        @NotBlank @Size(max = 100)
        @Schema(description = "名称 / Name", examples = "西城区2027年职工住院互助保障", maxLength = 100, required = true)
        String name,
        @NotNull @Min(2000) @Max(2100)
        @Schema(description = "计划年度 / Plan year", examples = "2027", minimum = "2000", maximum = "2100", required = true)
        Integer year,
        @NotNull @Schema(description = "参保开始 / Enrollment opens", examples = "2026-12-01T00:00:00+08:00", required = true)
        Instant enrollmentOpensAt,
        @NotNull @Schema(description = "参保截止 / Enrollment closes", examples = "2027-03-31T23:59:59+08:00", required = true)
        Instant enrollmentClosesAt,
        @NotNull @Schema(description = "保障开始日 / First covered day", examples = "2027-01-01", required = true)
        LocalDate coverageStartsOn,
        @NotNull @Schema(description = "保障结束日 / Last covered day", examples = "2027-12-31", required = true)
        LocalDate coverageEndsOn,
        @NotNull @JsonDeserialize(using = WrittenMoney.class)
        @Schema(description = "每人会费（元）/ Fee per member, yuan", examples = "60.00", pattern = Money.PATTERN,
                maxLength = 15, required = true) String feePerMember,
        @NotNull @JsonDeserialize(using = WrittenMoney.class)
        @Schema(description = "起付线（元）/ Deductible, yuan", examples = "1000.00", pattern = Money.PATTERN,
                maxLength = 15, required = true) String deductible,
        @NotEmpty @Size(max = 3)
        @Schema(description = "各医院等级的给付比例 / The rate per hospital level", maxItems = 3, required = true)
        List<@Valid Rate> rates,
        @NotNull @PositiveMoney @JsonDeserialize(using = WrittenMoney.class)
        @Schema(description = "每人年度给付限额（元）/ Annual cap per member, yuan", examples = "20000.00",
                pattern = Money.PATTERN, maxLength = 15, required = true) String annualCapPerMember,
        @NotNull @Min(0) @Max(365)
        @Schema(description = "等待期天数 / Waiting days", examples = "90", minimum = "0", maximum = "365", required = true)
        Integer waitingDays,
        @Pattern(regexp = DISTRICT)
        @Schema(description = "计划所属的区：管理员必填；区级干部可省略（即本区），填写的须为本区；修改和更正时不能更改 / The "
                + "district the plan belongs to: an administrator names it; a district officer may leave it out (her "
                + "own district) and may name only her own; a change or correction keeps it",
                examples = "xicheng", pattern = DISTRICT, maxLength = 40) String districtCode) {

    static final String CODE = "^[a-z0-9][a-z0-9-]{1,39}$";
    static final String DISTRICT = "^[a-z][a-z0-9-]{0,39}$";

    @Schema(name = "MutualAidRate", description = "一个医院等级的给付比例 / The rate of one hospital level")
    public record Rate(
            @NotNull @Schema(description = "医院等级 / Hospital level", required = true) HospitalLevel hospitalLevel,
            @NotNull @Pattern(regexp = RATE)
            @Schema(description = "给付比例，0 到 1，至多两位小数 / The rate, 0 to 1, at most two places",
                    examples = "0.70", pattern = RATE, maxLength = 4, required = true) String rate) {

        static final String RATE = "^(0(\\.\\d{1,2})?|1(\\.0{1,2})?)$";
    }
}
