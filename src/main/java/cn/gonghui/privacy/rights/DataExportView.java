package cn.gonghui.privacy.rights;

import cn.gonghui.application.ApplicationViews.ExportedApplication;
import cn.gonghui.attachment.AttachmentView;
import cn.gonghui.card.MemberCardViews.CardExport;
import cn.gonghui.hardship.HardshipViews.HardshipExport;
import cn.gonghui.identity.MemberViews.MeView;
import cn.gonghui.membership.MembershipResource.MembershipView;
import cn.gonghui.notification.MessagesResource.MessageView;
import cn.gonghui.privacy.rights.ConsentViews.ConsentRecordView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DataExport", description = "本人的全部个人信息，明文（个人信息可携带）/ Everything held about the member, "
        + "decrypted (the right to a copy)")
public record DataExportView(
        @Schema(description = "导出时间 / When it was exported") Instant exportedAt,
        @Schema(description = "本人资料 / The member's record") MeView profile,
        @Schema(description = "全部同意及撤回记录 / Every consent given, and how it ended", maxItems = 1000)
        List<ConsentRecordView> consents,
        @Schema(description = "全部申请，含表单（已解密）、变化记录、预约和评价 / Every application with its form "
                + "(decrypted), history, appointments and evaluation", maxItems = 1000)
        List<ExportedApplication> applications,
        @Schema(description = "上传的材料（元数据；文件可按编号下载）/ Uploaded documents: their metadata, the files "
                + "download by id", maxItems = 1000)
        List<AttachmentView> attachments,
        @Schema(description = "站内消息 / Inbox messages", maxItems = 10000) List<MessageView> messages,
        @Schema(description = "会籍及其历程 / The membership with its history") MembershipView membership,
        @Schema(description = "会员卡（卡号完整）及普惠服务使用 / Member cards, full numbers, and benefit uses")
        CardExport card,
        @Schema(description = "困难帮扶：档案（含家庭成员）、免申即享和发放记录 / Hardship help: files with their household, "
                + "offers and disbursements") HardshipExport hardship) {
}
