package cn.gonghui.integration.webhook;

import cn.gonghui.integration.webhook.WebhookViews.DeliveryView;
import cn.gonghui.integration.webhook.WebhookViews.IssuedSecret;
import cn.gonghui.integration.webhook.WebhookViews.NewSubscription;
import cn.gonghui.integration.webhook.WebhookViews.SubscriptionChange;
import cn.gonghui.integration.webhook.WebhookViews.SubscriptionView;
import cn.gonghui.platform.http.NoStore;
import cn.gonghui.platform.http.StaleVersionResponse;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.idempotency.Idempotency;
import cn.gonghui.platform.idempotency.IdempotentRequest;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.security.Caller;
import cn.gonghui.security.IntegrationScopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Integrators subscribe to events and read how their deliveries went (scope webhooks:manage). */
@Path(WebhookSubscriptionResource.BASE)
@RolesAllowed(IntegrationScopes.WEBHOOKS_MANAGE)
@SecurityRequirement(name = "integrator", scopes = IntegrationScopes.WEBHOOKS_MANAGE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "integrations")
public class WebhookSubscriptionResource {

    static final String BASE = "/api/v1/integrations/webhook-subscriptions";
    private static final String SCOPE = "范围 webhooks:manage；只能看到、修改本客户端的订阅。/ Scope webhooks:manage; a client "
            + "sees and changes its own subscriptions only. ";

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final Idempotency idempotency;
    private final Caller caller;

    public WebhookSubscriptionResource(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries,
            Idempotency idempotency, Caller caller) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookSubscription", summary = "订阅事件 / Subscribe to events",
            description = SCOPE + "签名密钥（whsec_…）只在本次应答中出现；带 Idempotency-Key 重试不会重复创建，重放的应答（含密钥）"
                    + "加密保存 24 小时。每次投递按 Standard Webhooks 签名，见 API 指南。/ The signing secret (whsec_…) appears "
                    + "in this answer only; a retry with the same Idempotency-Key never creates twice (its stored answer, "
                    + "secret included, is kept encrypted for 24 hours). Every delivery is signed as Standard Webhooks "
                    + "says: see the API guide.")
    @APIResponse(responseCode = "201", description = "已订阅，含密钥 / Subscribed, with its secret",
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "NoStore"),
                    @Header(name = "Location", description = "订阅的地址 / Where the subscription is",
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = 200))},
            content = @Content(schema = @Schema(implementation = IssuedSecret.class)))
    @APIResponse(responseCode = "422", description = "地址不允许（WEBHOOK_URL_NOT_ALLOWED，errors[0].code 为 HTTPS_REQUIRED、"
            + "ADDRESS_NOT_PUBLIC、HOST_UNKNOWN 或 URL_MALFORMED），或幂等键已用于另一请求（IDEMPOTENCY_KEY_REUSED）/ The URL "
            + "is not allowed (errors[0].code HTTPS_REQUIRED, ADDRESS_NOT_PUBLIC, HOST_UNKNOWN or URL_MALFORMED), or the "
            + "Idempotency-Key was used for another request")
    public Response create(
            @HeaderParam(IdempotentRequest.HEADER) @Parameter(description = "幂等键 / Idempotency key",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @NotNull @Valid NewSubscription request) {
        String owner = caller.subject();
        return NoStore.of(Response.fromResponse(idempotency.execute(
                new IdempotentRequest(idempotencyKey, owner, "POST", BASE, request), () -> {
                    Versioned<IssuedSecret> created = subscriptions.create(owner, request);
                    return Response.created(URI.create(BASE + "/" + created.view().subscription().id()))
                            .entity(created.view()).tag(created.tag()).build();
                })));
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "订阅列表 / List subscriptions",
            description = SCOPE + "按创建顺序，不含密钥。/ In creation order, without secrets.")
    @APIResponse(responseCode = "200", description = "订阅 / Subscriptions")
    public Page<SubscriptionView> list(@Valid @BeanParam PageParams page) {
        return subscriptions.list(caller.subject(), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "一个订阅 / A subscription",
            description = SCOPE + "带 ETag，修改时放入 If-Match；被系统停用时 disabledReason 为 failing。/ With the ETag to "
                    + "send in If-Match when changing it; disabledReason failing when the service disabled it.")
    @APIResponse(responseCode = "200", description = "订阅 / The subscription", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @WebhookNotFoundResponse
    public Response get(@PathParam("id") @Parameter(description = "订阅编号 / Subscription id") UUID id) {
        return versioned(subscriptions.get(caller.subject(), id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateWebhookSubscription", summary = "修改订阅 / Change a subscription",
            description = SCOPE + "须带 If-Match；未给出的字段不变。enabled=true 重新启用（包括被系统停用的），等待中的投递立即"
                    + "按顺序继续。/ Needs If-Match; fields left out stay. enabled=true enables it again (one the service "
                    + "disabled too), and the pending deliveries resume at once, in order.")
    @APIResponse(responseCode = "200", description = "订阅 / The subscription", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @WebhookNotFoundResponse
    @StaleVersionResponse
    @APIResponse(responseCode = "422", description = "地址不允许（WEBHOOK_URL_NOT_ALLOWED）/ The URL is not allowed")
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing")
    public Response update(
            @PathParam("id") @Parameter(description = "订阅编号 / Subscription id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "上次读取的 ETag / The ETag last read", required = true,
                    schema = @Schema(maxLength = 40)) String ifMatch,
            @NotNull @Valid SubscriptionChange change) {
        return versioned(subscriptions.change(caller.subject(), id, ifMatch, change));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "删除订阅 / Delete a subscription",
            description = SCOPE + "连同投递记录删除；尚未送出的投递不再发送。/ With its delivery log; pending deliveries are "
                    + "never sent.")
    @APIResponse(responseCode = "204", description = "已删除 / Deleted")
    @WebhookNotFoundResponse
    public Response delete(@PathParam("id") @Parameter(description = "订阅编号 / Subscription id") UUID id) {
        subscriptions.delete(caller.subject(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "rotateWebhookSecret", summary = "轮换签名密钥 / Rotate the signing secret",
            description = SCOPE + "签发新密钥（只显示这一次）；旧密钥在 24 小时内继续签名，期间每次投递的 webhook-signature 带新旧两个"
                    + "签名，接收方验证其一即可；更早被替换的密钥立即停用。/ Issues a new secret, shown this once; the replaced "
                    + "one keeps signing for 24 hours, during which every delivery's webhook-signature carries both "
                    + "signatures (a receiver verifies either); one replaced before stops at once.")
    @APIResponse(responseCode = "200", description = "订阅和新密钥 / The subscription and its new secret",
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "NoStore")},
            content = @Content(schema = @Schema(implementation = IssuedSecret.class)))
    @WebhookNotFoundResponse
    public Response rotate(@PathParam("id") @Parameter(description = "订阅编号 / Subscription id") UUID id) {
        Versioned<IssuedSecret> rotated = subscriptions.rotate(caller.subject(), id);
        return NoStore.of(Response.ok(rotated.view()).tag(rotated.tag()));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "投递记录 / Deliveries",
            description = SCOPE + "最新的在前：状态、尝试次数、最近的 HTTP 状态和失败原因、下一次尝试。/ Newest first: status, "
                    + "attempts, the last HTTP status and error, the next attempt.")
    @APIResponse(responseCode = "200", description = "投递 / Deliveries")
    @WebhookNotFoundResponse
    public Page<DeliveryView> deliveries(
            @PathParam("id") @Parameter(description = "订阅编号 / Subscription id") UUID id,
            @QueryParam("status") @Pattern(regexp = "^(pending|delivered|failed)$")
            @Parameter(description = "只看这个状态 / Only this status",
                    schema = @Schema(enumeration = {"pending", "delivered", "failed"})) String status,
            @Valid @BeanParam PageParams page) {
        return deliveries.list(caller.subject(), id, status, page);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "redeliverWebhook", summary = "重新投递 / Deliver again",
            description = SCOPE + "已送达或已失败的投递重新发送，webhook-id 不变（接收方据此去重），排在该订阅待发送投递的最前面。"
                    + "/ Sends a delivered or failed delivery again with the same webhook-id (receivers deduplicate by it), "
                    + "ahead of the subscription's pending deliveries.")
    @APIResponse(responseCode = "202", description = "已排入发送 / Queued to be sent",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "没有这个订阅（WEBHOOK_SUBSCRIPTION_NOT_FOUND）或投递"
            + "（WEBHOOK_DELIVERY_NOT_FOUND）/ No such subscription or delivery")
    @APIResponse(responseCode = "409", description = "投递仍在等待发送（WEBHOOK_DELIVERY_PENDING，带 nextAttemptAt）/ The "
            + "delivery is still pending (with nextAttemptAt)")
    public Response redeliver(
            @PathParam("id") @Parameter(description = "订阅编号 / Subscription id") UUID id,
            @PathParam("deliveryId") @Parameter(description = "投递编号 / Delivery id") UUID deliveryId) {
        return Response.accepted(deliveries.redeliver(caller.subject(), id, deliveryId)).build();
    }

    private static Response versioned(Versioned<SubscriptionView> subscription) {
        return Response.ok(subscription.view()).tag(subscription.tag()).build();
    }
}
