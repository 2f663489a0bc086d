package cn.gonghui.hardship;

import cn.gonghui.disbursement.DisbursementView;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the hardship line shows: the file, the offers, the disbursements. */
public final class HardshipViews {

    private HardshipViews() {
    }

    @Schema(name = "HardshipFile", description = "困难职工档案 / A hardship file")
    public record FileView(
            @Schema(description = "档案编号 / File id") UUID id,
            @Schema(description = "状态 / Status", enumeration = {"active", "expired"}) String status,
            @Schema(description = "困难类别：深度、相对、意外致困 / Classification",
                    enumeration = {"deep", "relative", "accident", "not_eligible"}) String classification,
            @Schema(description = "家庭人均月收入（元）/ Per-capita monthly income, yuan", examples = "725.00",
                    pattern = "^-?\\d{1,12}\\.\\d{2}$", maxLength = 16, nullable = true) String perCapitaMonthlyIncome,
            @Schema(description = "测算时的最低生活保障标准（元/人·月）/ The minimum-living line applied, yuan per "
                    + "person and month", examples = "1450.00", maxLength = 16, nullable = true) String minimumLivingLine,
            @Schema(description = "家庭人口 / Household size", minimum = "1", maximum = "10", nullable = true)
            Integer householdSize,
            @Schema(description = "生效日期 / First day", format = "date", maxLength = 10) LocalDate validFrom,
            @Schema(description = "有效期至（含）/ Last day", format = "date", maxLength = 10) LocalDate validUntil,
            @Schema(description = "所属街道 / Street", examples = "desheng", maxLength = 40) String streetCode,
            @Schema(description = "建档申请 / The application that opened it") UUID applicationId,
            @Schema(description = "复核提醒时间 / When the re-check reminder went out", nullable = true,
                    format = "date-time", maxLength = 35) Instant remindedAt) {

        /** {@code streetCode}: the code of the file's street (place's, so read through its queries). */
        static FileView of(HardshipFile file, String streetCode) {
            return new FileView(file.id, file.status.code(), file.classification, plain(file.perCapitaMonthlyIncome),
                    plain(file.minimumLivingLine), file.householdSize, file.validFrom, file.validUntil, streetCode,
                    file.applicationId, file.remindedAt);
        }

        private static String plain(BigDecimal amount) {
            return amount == null ? null : amount.toPlainString();
        }
    }

    @Schema(name = "ExportedHardshipFile", description = "导出中的困难职工档案，含家庭成员（已解密）/ A hardship file in "
            + "the data export, with its household, decrypted")
    public record ExportedFile(
            FileView file,
            @Schema(description = "家庭成员，按建档表单（hardship.file 的 household）：关系、年龄、就业或就学、月收入；"
                    + "删除个人信息后为空 / The household as the file's form lists it: relation, age, work or school, "
                    + "monthly income; empty once erased", type = SchemaType.ARRAY, implementation = JsonNode.class,
                    maxItems = 10) JsonNode household) {
    }

    @Schema(name = "HardshipExport", description = "导出中的困难帮扶：档案、免申即享和发放记录 / Hardship help in the data "
            + "export: files, offers and disbursements")
    public record HardshipExport(
            @Schema(description = "全部档案 / Every file", maxItems = 100) List<ExportedFile> files,
            @Schema(description = "全部免申即享提供 / Every offer", maxItems = 100) List<OfferView> offers,
            @Schema(description = "全部发放记录 / Every disbursement", maxItems = 10000)
            List<DisbursementView> disbursements) {
    }

    @Schema(name = "HardshipOffer", description = "免申即享：按档案数据可直接申请的帮扶项目 / A programme the file "
            + "already qualifies for, offered with the form filled in")
    public record OfferView(
            @Schema(description = "编号 / Id") UUID id,
            @Schema(description = "服务代码 / Service", enumeration = {"hardship.living-subsidy", "hardship.education-aid",
                    "hardship.medical-aid"}) String serviceCode,
            @Schema(description = "服务名称 / Service name", examples = "困难职工生活补助", maxLength = 60) String serviceName,
            @Schema(description = "状态 / Status", enumeration = {"offered", "applied"}) String status,
            @Schema(description = "已预填的表单（本人可见）/ The pre-filled form (its member only)", ref = "JsonObject")
            JsonNode form,
            @Schema(description = "申请后的申请编号 / The application, once applied", nullable = true) UUID applicationId,
            @Schema(description = "提供时间 / When offered") Instant createdAt) {
    }
}
