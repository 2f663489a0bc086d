package cn.gonghui.identity;

import cn.gonghui.identity.IntegratorClientViews.ClientRequest;
import cn.gonghui.identity.IntegratorClientViews.ClientView;
import cn.gonghui.identity.IntegratorClientViews.IssuedSecret;
import cn.gonghui.platform.http.NoStore;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators manage the OAuth clients of integrators: the bank, merchants, district systems. */
@Path("/api/v1/admin/integrator-clients")
@RolesAllowed(Role.ADMIN_ROLE)
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminIntegratorClientResource {

    private final IntegratorClients clients;

    public AdminIntegratorClientResource(IntegratorClients clients) {
        this.clients = clients;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createIntegratorClient", summary = "新建集成方客户端 / Create an integrator client",
            description = "仅管理员。密钥只在本次应答中出现一次，服务端只保存哈希，也不为重试保存应答（因此不接受 Idempotency-Key）；"
                    + "丢失时轮换密钥。/ Administrators only. The secret appears in this answer only: the service keeps its "
                    + "hash alone and stores no answer for a retry (so no Idempotency-Key); a lost secret is rotated.")
    @APIResponse(responseCode = "201", description = "已创建，含密钥 / Created, with its secret",
            headers = @Header(name = "Cache-Control", ref = "NoStore"),
            content = @Content(schema = @Schema(implementation = IssuedSecret.class)))
    public Response create(@NotNull @Valid ClientRequest request) {
        return NoStore.of(Response.status(201).entity(clients.create(request.name(), request.scopes())));
    }

    @GET
    @Operation(operationId = "listIntegratorClients", summary = "集成方客户端列表 / List integrator clients",
            description = "仅管理员；按创建顺序，不含密钥。/ Administrators only; in creation order, without secrets.")
    @APIResponse(responseCode = "200", description = "客户端 / Clients")
    public Page<ClientView> list(
            @QueryParam("status") @Pattern(regexp = "^(active|disabled)$") @Parameter(description = "只看这个状态 / "
                    + "Only this status", schema = @Schema(enumeration = {"active", "disabled"})) String status,
            @Valid @BeanParam PageParams page) {
        return clients.list(status, page);
    }

    @POST
    @Path("/{id}/disable")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "disableIntegratorClient", summary = "停用集成方客户端 / Disable an integrator client",
            description = "立即生效：不再签发令牌，已签发的令牌下一次请求即被拒绝。/ At once: no more tokens, and those "
                    + "issued are refused at their next request.")
    @IntegratorClientResponses.Changed
    @IntegratorClientResponses.NotFound
    public ClientView disable(@PathParam("id") @Parameter(description = "客户端编号 / Client id") UUID id) {
        return clients.setEnabled(id, false);
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "enableIntegratorClient", summary = "启用集成方客户端 / Enable an integrator client",
            description = "仅管理员。/ Administrators only.")
    @IntegratorClientResponses.Changed
    @IntegratorClientResponses.NotFound
    public ClientView enable(@PathParam("id") @Parameter(description = "客户端编号 / Client id") UUID id) {
        return clients.setEnabled(id, true);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "rotateIntegratorClientSecret", summary = "轮换客户端密钥 / Rotate a client's secret",
            description = "签发新密钥（只显示这一次）；旧密钥在 GONGHUI_INTEGRATORS_SECRET_OVERLAP（默认 24 小时）内仍可使用，"
                    + "更早被替换的密钥立即失效。/ Issues a new secret, shown this once; the replaced one keeps working for "
                    + "GONGHUI_INTEGRATORS_SECRET_OVERLAP (24 hours by default), and one replaced before stops at once.")
    @APIResponse(responseCode = "200", description = "客户端和新密钥 / The client and its new secret",
            headers = @Header(name = "Cache-Control", ref = "NoStore"),
            content = @Content(schema = @Schema(implementation = IssuedSecret.class)))
    @IntegratorClientResponses.NotFound
    public Response rotate(@PathParam("id") @Parameter(description = "客户端编号 / Client id") UUID id) {
        return NoStore.of(Response.ok(clients.rotate(id)));
    }
}
