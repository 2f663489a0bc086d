package cn.gonghui.integration.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the webhook subscriptions and their deliveries. */
public final class WebhookViews {

    static final String EVENT_TYPE = "^(application\\.status_changed|card_order\\.created|card_order\\.status_changed"
            + "|membership\\.changed|activity\\.registration_changed)$";
    private static final String EVENT_TYPES = "事件类型：application.status_changed（申请状态变化）、card_order.created（新卡片订单）、"
            + "card_order.status_changed（卡片订单状态变化）、membership.changed（会籍入会、转移、终止）、"
            + "activity.registration_changed（活动报名变化）/ Event types: an application's status changed, a card order "
            + "created, a card order's status changed, a membership joined, transferred or ended, an activity "
            + "registration changed";
    private static final String URL_DESCRIPTION = "接收地址：https，解析到公网地址（不可为回环、内网、链路本地、云元数据地址）；"
            + "开发环境允许 http://127.0.0.1 / The receiver: https, resolving to public addresses only (no loopback, "
            + "private, link-local or cloud metadata address); development allows http://127.0.0.1";

    private WebhookViews() {
    }

    @Schema(name = "NewWebhookSubscription", description = "新的 Webhook 订阅 / A new webhook subscription")
    public record NewSubscription(
            @NotBlank @Size(max = 2000)
            @Schema(description = URL_DESCRIPTION, examples = "https://bank.example.com/gonghui/webhooks", maxLength = 2000,
                    format = "uri", required = true)
            String url,
            @NotEmpty @Size(max = 5)
            @Schema(description = EVENT_TYPES, minItems = 1, maxItems = 5, required = true,
                    examples = "[\"card_order.created\", \"card_order.status_changed\"]")
            List<@NotBlank @Size(max = 40) @Pattern(regexp = EVENT_TYPE) String> eventTypes,
            @Size(max = 200)
            @Schema(description = "说明 / What it is for", examples = "北京银行 制卡系统", maxLength = 200, nullable = true)
            String description) {
    }

    @Schema(name = "WebhookSubscriptionChange", description = "修改订阅：未给出的字段不变 / A change: fields left out stay")
    public record SubscriptionChange(
            @Size(min = 1, max = 2000)
            @Schema(description = URL_DESCRIPTION, examples = "https://bank.example.com/gonghui/webhooks/v2",
                    maxLength = 2000, format = "uri", nullable = true)
            String url,
            @Size(min = 1, max = 5)
            @Schema(description = EVENT_TYPES, minItems = 1, maxItems = 5, nullable = true)
            List<@NotBlank @Size(max = 40) @Pattern(regexp = EVENT_TYPE) String> eventTypes,
            @Size(max = 200)
            @Schema(description = "说明 / What it is for", maxLength = 200, nullable = true)
            String description,
            @Schema(description = "启用或停用；重新启用时待发送的投递立即继续 / Enable or disable; on enabling, pending "
                    + "deliveries resume at once", nullable = true, examples = "true")
            Boolean enabled) {
    }

    @Schema(name = "WebhookSubscription", description = "Webhook 订阅（不含密钥）/ A webhook subscription, without its secret")
    public record SubscriptionView(
            @Schema(description = "编号 / Id", required = true) UUID id,
            @Schema(description = "接收地址 / The receiver", examples = "https://bank.example.com/gonghui/webhooks",
                    maxLength = 2000, required = true)
            String url,
            @Schema(description = EVENT_TYPES, maxItems = 5, required = true)
            List<@Size(max = 40) String> eventTypes,
            @Schema(description = "说明 / What it is for", maxLength = 200, nullable = true, required = true)
            String description,
            @Schema(description = "状态 / Status", enumeration = {"enabled", "disabled"}, required = true)
            String status,
            @Schema(description = "停用原因：owner（订阅方停用）、failing（投递连续失败 5 天被系统停用，见 failingSince 和投递记录）；"
                    + "启用时为 null / Why it is disabled: owner (its owner), failing (deliveries failed for 5 days without a "
                    + "success; see failingSince and the deliveries); null while enabled",
                    enumeration = {"owner", "failing"}, nullable = true, required = true)
            String disabledReason,
            @Schema(description = "停用时间 / When it was disabled", nullable = true, required = true, maxLength = 35)
            Instant disabledAt,
            @Schema(description = "自上次成功以来第一次失败的时间；没有失败为 null / The first failure since the last "
                    + "success; null when none", nullable = true, required = true, maxLength = 35)
            Instant failingSince,
            @Schema(description = "轮换前的旧密钥签名到此时（期间每次投递带两个签名）；没有则为 null / The secret replaced by "
                    + "the last rotation signs beside the new one until then (two signatures per delivery); null when none",
                    nullable = true, required = true, maxLength = 35)
            Instant previousSecretValidUntil,
            @Schema(description = "创建时间 / Created", required = true) Instant createdAt,
            @Schema(description = "修改时间 / Changed", required = true) Instant updatedAt) {
    }

    @Schema(name = "WebhookSubscriptionSecret", description = "订阅和它的签名密钥：密钥只显示这一次 / A subscription and its "
            + "signing secret, shown this once")
    public record IssuedSecret(
            @Schema(required = true) SubscriptionView subscription,
            @Schema(description = "签名密钥：whsec_ 加 32 字节的 base64；HMAC 的密钥是 base64 解码后的字节 / The signing "
                    + "secret: whsec_ and the base64 of 32 bytes; the HMAC key is the decoded bytes",
                    examples = "whsec_3q2+7wGkT0lR9ZbVxN8cYp1uJd5sFh4aWm6eLo2Qr0I=", minLength = 50, maxLength = 50,
                    pattern = "^whsec_[A-Za-z0-9+/]{43}=$", required = true)
            String secret) {
    }

    @Schema(name = "WebhookDelivery", description = "一个事件向一个订阅的投递 / One event's delivery to one subscription")
    public record DeliveryView(
            @Schema(description = "投递编号 / Delivery id", required = true) UUID id,
            @Schema(description = "webhook-id 头：事件的编号，重试和重新投递不变，接收方据此去重 / The webhook-id header: the "
                    + "event's id, the same on every retry and redelivery; receivers deduplicate by it",
                    examples = "msg_01a2f3c45d6e7f809a1b2c3d4e5f6a7b", maxLength = 36, required = true)
            String webhookId,
            @Schema(description = "事件类型 / Event type", examples = "card_order.created", maxLength = 40, required = true)
            String eventType,
            @Schema(description = "pending（待发送或等待重试）、delivered（接收方答复 2xx）、failed（重试用尽）/ pending (to "
                    + "send, or waiting for a retry), delivered (the receiver answered 2xx), failed (retries used up)",
                    enumeration = {"pending", "delivered", "failed"}, required = true)
            String status,
            @Schema(description = "已尝试次数 / Attempts made", minimum = "0", maximum = "100", required = true)
            int attempts,
            @Schema(description = "最近一次的 HTTP 状态；没有答复（超时、连接失败）或未尝试为 null / The last HTTP status; null "
                    + "without an answer (timeout, connection failed) or attempt", nullable = true, required = true,
                    minimum = "100", maximum = "599")
            Integer lastResponseCode,
            @Schema(description = "最近一次失败的原因 / Why the last attempt failed", examples = "HTTP 500", maxLength = 200,
                    nullable = true, required = true)
            String lastError,
            @Schema(description = "最近一次尝试 / The last attempt", nullable = true, required = true, maxLength = 35)
            Instant lastAttemptAt,
            @Schema(description = "下一次尝试（pending 时）/ The next attempt, while pending", nullable = true,
                    required = true, maxLength = 35)
            Instant nextAttemptAt,
            @Schema(description = "送达时间 / When it was delivered", nullable = true, required = true, maxLength = 35)
            Instant deliveredAt,
            @Schema(description = "事件发生时间 / When the event happened", required = true) Instant createdAt) {
    }
}
