package cn.gonghui.card;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the bank reads and writes: card orders and its reports on them. */
public final class CardOrderViews {

    private CardOrderViews() {
    }

    @Schema(name = "CardPickupStation", description = "领卡的工会服务站 / The union station for the pickup")
    public record PickupStationView(
            @Schema(description = "服务站编号 / Station id") UUID id,
            @Schema(description = "名称 / Name", examples = "德胜街道户外劳动者服务站", maxLength = 100) String name,
            @Schema(description = "地址 / Address", examples = "北京市西城区德外大街", maxLength = 200) String address) {
    }

    @Schema(name = "CardOrder", description = "发卡银行的卡片订单。只含银行需要的信息：持卡人姓名脱敏，实名核验在领卡时"
            + "由网点当面完成。/ A card order for the bank. Only what the bank needs: the holder's name masked; the bank "
            + "checks the holder's identity in person at pickup.")
    public record CardOrderView(
            @Schema(description = "订单编号 / Order id") UUID id,
            @Schema(description = "类型：issue 新卡，replace 补换新卡，loss 挂失止付，cancel 注销 / Kind: issue a new "
                    + "card, replace (a new card for an old one), loss (block the card), cancel (close it)",
                    enumeration = {"issue", "replace", "loss", "cancel"}) String kind,
            @Schema(description = "订单状态；cancelled 表示工会已撤回订单（申请被撤回或驳回）/ The order's status; "
                    + "cancelled: the union took the order back (application withdrawn or rejected)",
                    enumeration = {"pending", "accepted", "produced", "ready_for_pickup", "issued", "failed",
                            "cancelled"}) String status,
            @Schema(description = "卡片编号（银行据此对应自己的卡）/ The card's id, which the bank maps to its card")
            UUID cardId,
            @Schema(description = "补换时被替换的卡 / For a replacement: the card it replaces", nullable = true)
            UUID replacesCardId,
            @Schema(description = "卡号后四位（挂失、注销、补换的原卡）/ Last four digits of the card concerned (loss, "
                    + "cancel; the old card of a replacement)", examples = "1234", maxLength = 4, nullable = true)
            String lastFour,
            @Schema(description = "持卡人姓名（脱敏）/ The holder's name, masked", examples = "王**", maxLength = 40,
                    nullable = true) String holderName,
            @Schema(description = "领卡方式：银行网点或工会服务站 / Pickup at a bank branch or a union station",
                    enumeration = {"branch", "station"}) String pickupPreference,
            @Schema(description = "会员选择的服务站 / The station the member chose", nullable = true)
            PickupStationView pickupStation,
            @Schema(description = "失败原因 / Why it failed", maxLength = 500, nullable = true) String failureReason,
            @Schema(description = "创建时间 / Created") Instant createdAt,
            @Schema(description = "更新时间 / Last change") Instant updatedAt) {
    }

    @Schema(name = "CardOrderReport", description = "银行对订单的状态报告 / The bank's report on an order")
    public record StatusReport(
            @NotNull
            @Pattern(regexp = "^(accepted|produced|ready_for_pickup|issued|failed)$")
            @Schema(description = "accepted 已受理（挂失、注销订单即已止付、销户）；produced 已制卡；ready_for_pickup "
                    + "可领取（需 branch 或 stationId）；issued 已发卡（需 cardNumber 与 lastFour）；failed 失败（需 reason）"
                    + " / accepted (for loss and cancel orders: blocked, closed); produced; ready_for_pickup (with branch or "
                    + "stationId); issued (with cardNumber and lastFour); failed (with reason)", required = true,
                    enumeration = {"accepted", "produced", "ready_for_pickup", "issued", "failed"})
            String status,
            @Size(min = 2, max = 100)
            @Schema(description = "ready_for_pickup：领卡网点 / ready_for_pickup: the branch", examples =
                    "北京银行德胜门支行", maxLength = 100, nullable = true)
            String branch,
            @Schema(description = "ready_for_pickup：送达的工会服务站 / ready_for_pickup: the union station it was sent to",
                    nullable = true)
            UUID stationId,
            @Pattern(regexp = "^[0-9]{4}$")
            @Schema(description = "issued：卡号后四位 / issued: last four digits", examples = "0366", maxLength = 4,
                    pattern = "^[0-9]{4}$", nullable = true)
            String lastFour,
            @Pattern(regexp = "^[0-9]{16,19}$")
            @Schema(description = "issued：完整卡号（Luhn 校验，加密保存，不再返回）/ issued: the full card number "
                    + "(Luhn-checked, stored encrypted, never returned)", examples = "6214830100060366", minLength = 16,
                    maxLength = 19, pattern = "^[0-9]{16,19}$", nullable = true)
            String cardNumber,
            @Size(min = 2, max = 500)
            @Schema(description = "failed：原因 / failed: why", examples = "持卡人信息核验未通过", maxLength = 500,
                    nullable = true)
            String reason) {
    }

    @Schema(name = "CardOrderReportAnswer", description = "对报告的答复；同一报告重复发送得到同样的答复 / The answer to a "
            + "report; the same report sent again gets the same answer")
    public record ReportAnswer(
            @Schema(description = "订单编号 / Order id") UUID orderId,
            @Schema(description = "订单类型 / Kind", enumeration = {"issue", "replace", "loss", "cancel"}) String kind,
            @Schema(description = "报告的状态 / The status reported",
                    enumeration = {"accepted", "produced", "ready_for_pickup", "issued", "failed"}) String reportedStatus,
            @Schema(description = "此报告后订单的状态 / The order's status after this report",
                    enumeration = {"pending", "accepted", "produced", "ready_for_pickup", "issued", "failed",
                            "cancelled"}) String orderStatus,
            @Schema(description = "卡片编号 / Card id") UUID cardId,
            @Schema(description = "此报告后卡片的状态 / The card's status after this report",
                    enumeration = {"ordered", "confirmed", "sent_to_bank", "produced", "ready_for_pickup", "active",
                            "lost", "replaced", "cancelled", "failed"}) String cardStatus,
            @Schema(description = "收到报告的时间 / When the report was received") Instant receivedAt) {
    }
}
