package cn.gonghui.hardship;

import cn.gonghui.application.ApplicationQueries;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.ApplicationViews.DetailView;
import cn.gonghui.application.CallerActor;
import cn.gonghui.hardship.HardshipViews.FileView;
import cn.gonghui.hardship.HardshipViews.OfferView;
import cn.gonghui.security.Caller;
import cn.gonghui.security.DataScope;
import cn.gonghui.security.Role;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.idempotency.Idempotency;
import cn.gonghui.platform.idempotency.IdempotentRequest;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
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

/** The member's hardship file and the programmes offered to them (免申即享); the aid paid is at {@code /me/disbursements}. */
@Path("/api/v1/me")
@RolesAllowed(Role.MEMBER_ROLE)
@SecurityRequirement(name = "member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class MyHardshipResource {

    @Schema(name = "OfferApplication", description = "一键申请，可补充或修改预填的字段 / Apply in one tap, optionally "
            + "adding to or changing the pre-filled fields")
    public record OfferApplication(
            @Schema(description = "覆盖预填表单的字段（按服务表单定义）/ Fields laid over the pre-filled form",
                    type = SchemaType.OBJECT, maxProperties = 100, examples = "{\"amountRequested\": \"3000.00\"}",
                    nullable = true)
            JsonNode form,
            @Size(max = 20)
            @Schema(description = "已上传材料的编号 / Ids of uploaded documents", maxItems = 20, type = SchemaType.ARRAY,
                    implementation = UUID.class, nullable = true)
            List<UUID> attachmentIds) {
    }

    private final HardshipOffers offers;
    private final HardshipFiles files;
        private final ApplicationQueries applications;
    private final Idempotency idempotency;
    private final Caller caller;
    private final CallerActor actor;

    public MyHardshipResource(HardshipOffers offers, HardshipFiles files, ApplicationQueries applications,
            Idempotency idempotency, Caller caller, CallerActor actor) {
        this.offers = offers;
        this.files = files;
        this.applications = applications;
        this.idempotency = idempotency;
        this.caller = caller;
        this.actor = actor;
    }

    @GET
    @Path("/hardship-file")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getMyHardshipFile", summary = "我的困难职工档案 / My hardship file",
            description = "最近的一份档案（有效或已到期）。/ The latest file, active or expired.")
    @APIResponse(responseCode = "200", description = "档案 / The file",
            content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "404", description = "尚未建档（HARDSHIP_FILE_NOT_FOUND）/ No file yet")
    public FileView file() {
        return files.view(HardshipFile.latestOf(caller.memberId())
                .orElseThrow(() -> ApiProblem.notFound("HARDSHIP_FILE_NOT_FOUND")));
    }

    @GET
    @Path("/hardship-offers")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listMyHardshipOffers", summary = "免申即享 / Programmes offered to me",
            description = "建档获批后，按档案数据可直接申请的帮扶项目，表单已预填（最新的在前，一页列全）。/ The programmes "
                    + "the approved file already qualifies for, with the form filled in; newest first, all on one page.")
    @APIResponse(responseCode = "200", description = "可申请的项目 / The offers")
    public Page<OfferView> offers() {
        return new Page<>(offers.viewsOf(caller.memberId()), null);
    }

    @POST
    @Path("/hardship-offers/{id}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "applyHardshipOffer", summary = "一键申请 / Apply in one tap",
            description = "用预填的表单（可补充或修改字段）提交申请，与在线申请同样校验。带 Idempotency-Key 的重试不会重复提交；"
                    + "已申请过的再次申请返回 409。/ Submits the programme with the pre-filled form, optionally changed, "
                    + "checked like any application. A retry with the same Idempotency-Key never submits twice; applying "
                    + "an offer already applied is a 409.")
    @APIResponse(responseCode = "201", description = "已提交 / Submitted",
            headers = {@Header(name = "Location", description = "申请地址 / The application's address",
                    schema = @Schema(maxLength = 100)), @Header(name = "ETag", ref = "ETag")},
            content = @Content(schema = @Schema(implementation = DetailView.class)))
    @APIResponse(responseCode = "404", description = "没有这项提供（OFFER_NOT_FOUND）/ No such offer")
    @APIResponse(responseCode = "409", description = "已申请过（OFFER_ALREADY_APPLIED）/ Applied already")
    @APIResponse(responseCode = "422", description = "表单不合格（FORM_INVALID）、档案已失效（HARDSHIP_FILE_REQUIRED）、"
            + "已有未办结的同类申请、幂等键被另一请求用过 / Form invalid, no active file, one already open, idempotency "
            + "key reused")
    public Response apply(@PathParam("id") @Parameter(description = "提供编号 / Offer id") UUID id,
            @HeaderParam(IdempotentRequest.HEADER)
            @Parameter(description = "客户端生成的唯一键，重试时不变 / A unique key the client keeps across retries",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @Valid OfferApplication request) {
        UUID memberId = caller.memberId();
        OfferApplication body = request == null ? new OfferApplication(null, null) : request;
        return idempotency.execute(new IdempotentRequest(idempotencyKey, caller.subject(), "POST",
                "/api/v1/me/hardship-offers/" + id + "/apply", body), () -> {
                    ApplicationRef created = offers.apply(memberId, id, body.form(),
                            body.attachmentIds() == null ? List.of() : body.attachmentIds());
                    Versioned<DetailView> view = applications.detail(created.id(), actor.get(),
                            new DataScope.OwnRecords(memberId));
                    return Response.created(URI.create("/api/v1/applications/" + created.id()))
                            .entity(view.view()).tag(view.tag()).build();
                });
    }
}
