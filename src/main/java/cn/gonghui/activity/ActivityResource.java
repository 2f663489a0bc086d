package cn.gonghui.activity;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import cn.gonghui.platform.openapi.PublicAccess;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.RestForm;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import jakarta.ws.rs.core.HttpHeaders;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.attachment.Attachments.OfficerFile;
import cn.gonghui.attachment.Attachments;
import cn.gonghui.attachment.AttachmentView;
import cn.gonghui.attachment.AttachmentResource;
import cn.gonghui.activity.ActivityRequests.NewRegistration;
import cn.gonghui.activity.ActivityViews.ActivityDetailView;
import cn.gonghui.activity.ActivityViews.ActivityView;
import cn.gonghui.activity.ActivityViews.RegistrationView;
import cn.gonghui.platform.idempotency.Idempotency;
import cn.gonghui.platform.idempotency.IdempotentRequest;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import cn.gonghui.security.Subject;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import java.util.Optional;
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

/** Activities as anyone sees them, and the members' sign-up. */
@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activities")
public class ActivityResource {

    private final ActivityQueries queries;
    private final Registrations registrations;
    private final RegistrationQueries registrationViews;
    private final Idempotency idempotency;
    private final Caller caller;
    private final SecurityIdentity identity;
    private final Attachments attachments;

    public ActivityResource(ActivityQueries queries, Registrations registrations, RegistrationQueries registrationViews,
            Idempotency idempotency, Caller caller, SecurityIdentity identity, Attachments attachments) {
        this.attachments = attachments;
        this.queries = queries;
        this.registrations = registrations;
        this.registrationViews = registrationViews;
        this.idempotency = idempotency;
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listActivities", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "活动列表 / List activities",
            description = "已发布且未结束的活动，按开始时间；给出 lat/lng 时由近到远（无位置的排在最后）。无需登录。/ Published "
                    + "activities not yet over, by start; with lat/lng nearest first (those without a location last). No "
                    + "sign-in needed.")
    @APIResponse(responseCode = "200", description = "活动 / Activities")
    public Page<ActivityView> list(@Valid @BeanParam ActivityFilter filter, @Valid @BeanParam ActivityFilter.Nearby nearby,
            @Valid @BeanParam PageParams page) {
        return queries.published(filter, nearby, page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getActivity", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "活动详情 / An activity",
            description = "剩余名额、候补人数；会员带令牌调用时另有本人的报名（registered、myRegistration）。/ Places left and "
                    + "the waiting list's length; called with a member's token, also the member's own registration.")
    @APIResponse(responseCode = "200", description = "活动 / The activity",
            content = @Content(schema = @Schema(implementation = ActivityDetailView.class)))
    @APIResponse(responseCode = "401", description = "带了无效的令牌（UNAUTHENTICATED）；不带令牌可匿名查看 / An invalid "
            + "token is refused (UNAUTHENTICATED); send none to read anonymously",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ActivityNotFoundResponse
    public ActivityDetailView get(@PathParam("id") @Parameter(description = "活动编号 / Activity id") UUID id) {
        Optional<UUID> member = identity.isAnonymous() || caller.kind() != Subject.Kind.MEMBER ? Optional.empty()
                : Optional.of(caller.memberId());
        return queries.detail(id, member);
    }

    @POST
    @Path("/{id}/registrations")
    @RolesAllowed(Role.MEMBER_ROLE)
    @SecurityRequirement(name = "member")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerForActivity", summary = "报名 / Sign up",
            description = "有名额时确认（confirmed），名额已满时进入候补（waitlisted，带位次），候补也满时 ACTIVITY_FULL。名额由"
                    + "数据库计数，多实例同时报名也不会超额。带 Idempotency-Key 重试不会重复报名。/ Confirmed while places are "
                    + "left, waitlisted (with a position) once they are gone, ACTIVITY_FULL when the waiting list is full too. "
                    + "The database counts the places: sign-ups at once on several instances never overbook. Retrying with "
                    + "the same Idempotency-Key never registers twice.")
    @APIResponse(responseCode = "201", description = "已确认或候补 / Confirmed or waitlisted",
            headers = @Header(name = "Location", description = "报名的地址 / Where the registration is",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = 200)),
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @ActivityNotFoundResponse
    @APIResponse(responseCode = "409", description = "名额和候补均已满（ACTIVITY_FULL），不在报名时间内或活动已取消"
            + "（SIGN_UP_CLOSED），或已报名（ALREADY_REGISTERED，带 registrationId）/ Places and waiting list full, sign-up "
            + "not open (or the activity called off), or registered already (with registrationId)")
    @APIResponse(responseCode = "422", description = "仅限会员而调用者没有有效会籍（NOT_A_MEMBER），名额超过每人上限"
            + "（REGISTRATION_INVALID），或幂等键已用于另一请求（IDEMPOTENCY_KEY_REUSED）/ Members only and the caller has no "
            + "active membership, more places than one member may take, or the Idempotency-Key was used for another request")
    public Response register(@PathParam("id") @Parameter(description = "活动编号 / Activity id") UUID id,
            @HeaderParam(IdempotentRequest.HEADER) @Parameter(description = "幂等键 / Idempotency key",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @Valid NewRegistration request) {
        UUID memberId = caller.memberId();
        NewRegistration given = request == null ? new NewRegistration(null) : request;
        String path = "/api/v1/activities/" + id + "/registrations";
        return idempotency.execute(new IdempotentRequest(idempotencyKey, caller.subject(), "POST", path, given), () -> {
            RegistrationView registration = registrationViews.view(
                    registrations.register(id, memberId, given.placesOrOne()));
            return Response.created(URI.create(MyActivityRegistrationsResource.BASE + "/" + registration.id()))
                    .entity(registration).build();
        });
    }

    @GET
    @Path("/{id}/cover")
    @Produces({"image/jpeg", "image/png"})
    @PermitAll
    @Operation(operationId = "getActivityCover", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "活动封面图 / An activity's cover image",
            description = "无需登录；图片不变（换封面即换地址），可长期缓存。/ No sign-in needed; an image never changes (a new "
                    + "cover is a new address), so it may be cached for long.")
    @APIResponse(responseCode = "200", description = "图片 / The image",
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary",
                            maxLength = 10485760)),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary",
                            maxLength = 10485760))})
    @APIResponse(responseCode = "404", description = "没有这个活动或它没有封面（ACTIVITY_NOT_FOUND、ACTIVITY_COVER_NOT_FOUND）/ "
            + "No such activity, or it has no cover",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response cover(@PathParam("id") @Parameter(description = "活动编号 / Activity id") UUID id) {
        UUID cover = queries.coverOf(id).orElseThrow(() -> ApiProblem.notFound("ACTIVITY_COVER_NOT_FOUND", id));
        OfficerFile image = attachments.readOfficerUpload(cover);
        return Response.ok(image.bytes(), image.contentType())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400").build();
    }
}
