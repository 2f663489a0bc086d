package cn.gonghui.privacy.rights;

import static cn.gonghui.platform.openapi.ContractFilter.ITEMS;

import cn.gonghui.privacy.rights.ConsentViews.ConsentRecordView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The export document. Its sections are filled by the capabilities' {@code PersonalDataExport}
 * parts, so this names their shapes only as schemas of the contract, never as Java types: the
 * privacy layer stays below the capabilities it collects from.
 */
@Schema(name = "DataExport", description = "本人的全部个人信息，明文（个人信息可携带）/ Everything held about the member, "
        + "decrypted (the right to a copy)")
public record DataExportView(
        @Schema(description = "导出时间 / When it was exported") Instant exportedAt,
        @Schema(description = "本人资料 / The member's record", type = SchemaType.OBJECT, ref = "Me") Object profile,
        @Schema(description = "全部同意及撤回记录 / Every consent given, and how it ended", maxItems = 1000)
        List<ConsentRecordView> consents,
        @Schema(description = "全部申请，含表单（已解密）、变化记录、预约和评价 / Every application with its form "
                + "(decrypted), history, appointments and evaluation", type = SchemaType.ARRAY, maxItems = 1000,
                extensions = @Extension(name = ITEMS, value = "ExportedApplication"))
        Object applications,
        @Schema(description = "上传的材料（元数据；文件可按编号下载）/ Uploaded documents: their metadata, the files "
                + "download by id", type = SchemaType.ARRAY, maxItems = 1000,
                extensions = @Extension(name = ITEMS, value = "Attachment"))
        Object attachments,
        @Schema(description = "站内消息 / Inbox messages", type = SchemaType.ARRAY, maxItems = 10000,
                extensions = @Extension(name = ITEMS, value = "Message"))
        Object messages,
        @Schema(description = "会籍及其历程 / The membership with its history", type = SchemaType.OBJECT, ref = "Membership")
        Object membership,
        @Schema(description = "会员卡（卡号完整）及普惠服务使用 / Member cards, full numbers, and benefit uses",
                type = SchemaType.OBJECT, ref = "CardExport")
        Object card,
        @Schema(description = "困难帮扶：档案（含家庭成员）、免申即享和发放记录 / Hardship help: files with their household, "
                + "offers and disbursements", type = SchemaType.OBJECT, ref = "HardshipExport") Object hardship,
        @Schema(description = "活动报名，含候补、签到和取消的 / Activity registrations, waitlisted, checked in and given up "
                + "ones included", type = SchemaType.ARRAY, maxItems = 10000,
                extensions = @Extension(name = ITEMS, value = "ActivityRegistration"))
        Object activities,
        @Schema(description = "民主评议答卷及各题分数（只在本人的导出中）/ Democratic review answers with their ratings (only in "
                + "the member's own export)", type = SchemaType.ARRAY, maxItems = 1000,
                extensions = @Extension(name = ITEMS, value = "ExportedReviewAnswer"))
        Object democraticReviews,
        @Schema(description = "职工互助保障：参保、理赔、计算和给付 / Mutual-aid protection: enrollments, claims, their "
                + "computations and amounts", type = SchemaType.OBJECT, ref = "MyMutualAid") Object mutualAid) {

    /** The sections the capabilities fill, in the document's order. */
    static final List<String> SECTIONS = List.of("profile", "applications", "attachments", "messages", "membership",
            "card", "hardship", "activities", "democraticReviews", "mutualAid");
}
