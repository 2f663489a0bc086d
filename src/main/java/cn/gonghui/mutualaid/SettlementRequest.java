package cn.gonghui.mutualaid;

import cn.gonghui.platform.money.Money;
import cn.gonghui.platform.money.WrittenMoney;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A discharge settlement as the medical-insurance system reports it. */
@Schema(name = "MutualAidSettlement", description = "医保出院结算 / A medical-insurance discharge settlement")
public record SettlementRequest(
        @NotBlank @Pattern(regexp = ID)
        @Schema(description = "结算编号（医保系统内唯一，重复报送按此去重）/ The settlement's id, unique in the insurance "
                + "system; a repeat is recognised by it", examples = "YB2027060100012345", pattern = ID, maxLength = 64,
                required = true) String settlementId,
        @NotBlank @Size(max = 18)
        @Schema(description = "参保人身份证号（只用于按盲索引查找会员，不保存明文、不写日志）/ The insured's ID number: "
                + "looked up by its blind index, never stored or logged in plain", examples = "11010519491231002X",
                maxLength = 18, required = true) String idNumber,
        @NotNull @Schema(description = "入院日期 / Admitted on", examples = "2027-06-01", required = true) LocalDate admittedOn,
        @NotNull @Schema(description = "出院日期 / Discharged on", examples = "2027-06-08", required = true)
        LocalDate dischargedOn,
        @NotBlank @Size(max = 100)
        @Schema(description = "医院 / Hospital", examples = "北京大学人民医院", maxLength = 100, required = true)
        String hospitalName,
        @NotNull @Schema(description = "医院等级 / Hospital level", required = true) HospitalLevel hospitalLevel,
        @NotNull @JsonDeserialize(using = WrittenMoney.class)
        @Schema(description = "医疗费用总额 / Total cost", examples = "12000.00", pattern = Money.PATTERN, maxLength = 15,
                required = true) String totalCost,
        @NotNull @JsonDeserialize(using = WrittenMoney.class)
        @Schema(description = "医保统筹支付 / Paid by the insurance", examples = "8000.00", pattern = Money.PATTERN,
                maxLength = 15, required = true) String insurancePaid,
        @NotNull @JsonDeserialize(using = WrittenMoney.class)
        @Schema(description = "个人自付 / Paid by the insured", examples = "4000.00", pattern = Money.PATTERN,
                maxLength = 15, required = true) String selfPaid) {

    static final String ID = "^[A-Za-z0-9._-]{1,64}$";
}
