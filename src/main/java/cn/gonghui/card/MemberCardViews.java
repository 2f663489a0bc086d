package cn.gonghui.card;

import cn.gonghui.card.CardOrderViews.PickupStationView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The member's own view of their cards, QR codes and benefit uses. */
public final class MemberCardViews {

    private MemberCardViews() {
    }

    @Schema(name = "CardStep", description = "卡片的一次状态变化 / A step of the card")
    public record StepView(
            @Schema(description = "状态 / Status", enumeration = {"ordered", "confirmed", "sent_to_bank", "produced",
                    "ready_for_pickup", "active", "lost", "replaced", "cancelled", "failed"}) String status,
            @Schema(description = "时间 / When") Instant at,
            @Schema(description = "由谁：本人、工会、银行 / By the member, the union or the bank",
                    enumeration = {"member", "union", "bank"}) String by) {
    }

    @Schema(name = "CardPickup", description = "领卡地点 / Where to pick the card up")
    public record PickupView(
            @Schema(description = "领卡方式 / Branch or station", enumeration = {"branch", "station"}) String preference,
            @Schema(description = "银行告知的领卡网点 / The branch the bank named", examples = "北京银行德胜门支行",
                    maxLength = 100, nullable = true) String branch,
            @Schema(description = "领卡的工会服务站 / The union station", nullable = true) PickupStationView station) {
    }

    @Schema(name = "MemberCard", description = "会员卡（京卡·互助服务卡）/ A member card")
    public record CardView(
            @Schema(description = "卡片编号 / Card id") UUID id,
            @Schema(description = "状态：ordered 已申请，confirmed 工会已确认，sent_to_bank 银行已受理，produced 已制卡，"
                    + "ready_for_pickup 待领取，active 在用，lost 已挂失，replaced 已补换，cancelled 已注销，failed 制卡失败"
                    + " / Status", enumeration = {"ordered", "confirmed", "sent_to_bank", "produced", "ready_for_pickup",
                            "active", "lost", "replaced", "cancelled", "failed"}) String status,
            @Schema(description = "卡号（脱敏）/ Card number, masked", examples = "**** **** **** 0366", maxLength = 19,
                    nullable = true) String cardNumber,
            @Schema(description = "卡号后四位 / Last four digits", examples = "0366", maxLength = 4, nullable = true)
            String lastFour,
            PickupView pickup,
            @Schema(description = "补换时原来的卡 / The card this one replaces", nullable = true) UUID replacesCardId,
            @Schema(description = "申请编号 / The application that ordered it") UUID applicationId,
            @Schema(description = "申请时间 / Ordered at") Instant createdAt,
            @Schema(description = "最近变化 / Last change") Instant updatedAt,
            @Schema(description = "历程 / History", maxItems = 20) List<StepView> history) {
    }

    @Schema(name = "CardQrCode", description = "会员动态码：签名、短时有效、只能用于一次优惠 / The member's dynamic QR "
            + "code: signed, short-lived, good for one benefit use")
    public record QrView(
            @Schema(description = "码的内容（不含个人信息）/ The code's content, no personal data inside",
                    examples = "AZOu4V9Kc2ukO0Xr5F1tGgGTrlqLpX3QjB8tn3oNqD0AAAAAZ0x3Rw.0mQ3Ew7b0oXbZ2s1N8Qq2tqvD3yA4b0Q3WwS",
                    maxLength = 200) String qrToken,
            @Schema(description = "失效时间 / Expires at") Instant expiresAt) {
    }

    @Schema(name = "BenefitUse", description = "一次普惠服务使用 / A benefit used")
    public record UseView(
            @Schema(description = "编号 / Id") UUID id,
            @Schema(description = "服务项目代码 / Programme code", examples = "cinema", maxLength = 40) String programCode,
            @Schema(description = "服务项目 / Programme", examples = "职工观影优惠", maxLength = 100) String programName,
            @Schema(description = "商户 / Merchant", examples = "普惠商户（演示）", maxLength = 100) String merchant,
            @Schema(description = "金额（元）/ Amount in yuan", examples = "35.00", pattern = "^\\d{1,10}\\.\\d{2}$",
                    maxLength = 13) String amount,
            @Schema(description = "卡号后四位 / Card's last four digits", examples = "0366", maxLength = 4) String cardLastFour,
            @Schema(description = "使用时间 / When") Instant usedAt) {
    }

    @Schema(name = "ExportedCard", description = "导出中的会员卡，卡号完整（已解密）/ A card in the data export, with its "
            + "full number, decrypted")
    public record ExportedCard(
            CardView card,
            @Schema(description = "完整卡号 / The full card number", examples = "6214830100060366", maxLength = 19,
                    nullable = true) String fullCardNumber) {
    }

    @Schema(name = "CardExport", description = "会员卡及普惠服务使用记录 / The member's cards and benefit uses")
    public record CardExport(
            @Schema(description = "全部会员卡 / Every card", maxItems = 100) List<ExportedCard> cards,
            @Schema(description = "全部使用记录 / Every benefit use", maxItems = 100000) List<UseView> uses) {
    }
}
