package cn.gonghui.activity;

import cn.gonghui.attachment.OfficerUploadResponses;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.RestForm;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.annotation.security.PermitAll;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.attachment.Attachments.OfficerFile;
import cn.gonghui.attachment.Attachments;
import cn.gonghui.attachment.AttachmentView;
import cn.gonghui.attachment.AttachmentResource;
import cn.gonghui.activity.ActivityRequests.ActivityChange;
import cn.gonghui.activity.ActivityRequests.Cancellation;
import cn.gonghui.activity.ActivityRequests.CheckIn;
import cn.gonghui.activity.ActivityRequests.NewActivity;
import cn.gonghui.activity.ActivityViews.AdminActivityView;
import cn.gonghui.activity.ActivityViews.RosterEntryView;
import cn.gonghui.identity.Members;
import cn.gonghui.identity.Officers;
import cn.gonghui.platform.http.StaleVersionResponse;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.idempotency.Idempotency;
import cn.gonghui.platform.idempotency.IdempotentRequest;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
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

/**
 * Officers publish and run activities: a street officer those of their streets, a district officer
 * those of their district (street or district-wide), an administrator every one.
 */
@Path("/api/v1/admin/activities")
@RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminActivityResource {

    private static final String BASE = "/api/v1/admin/activities";
    private static final String IF_MATCH = "上次读取的 ETag / The ETag last read";

    private final ActivityPublishing publishing;
    private final ActivityQueries queries;
    private final RegistrationQueries registrations;
    private final CheckIns checkIns;
    private final Members names;
    private final Officers officers;
    private final Idempotency idempotency;
    private final Caller caller;
    private final Attachments attachments;

    public AdminActivityResource(ActivityPublishing publishing, ActivityQueries queries, RegistrationQueries registrations,
            CheckIns checkIns, Members names, Officers officers, Idempotency idempotency, Caller caller,
            Attachments attachments) {
        this.attachments = attachments;
        this.publishing = publishing;
        this.queries = queries;
        this.registrations = registrations;
        this.checkIns = checkIns;
        this.names = names;
        this.officers = officers;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishActivity", summary = "发布活动 / Publish an activity",
            description = "街道干部为本人负责的街道发布（streetCode），区级干部为本区的街道或全区发布（districtCode），管理员不限。"
                    + "带 Idempotency-Key 重试不会重复发布。/ A street officer publishes for their streets (streetCode), a "
                    + "district officer for a street of their district or the whole district (districtCode), an administrator "
                    + "anywhere. Retrying with the same Idempotency-Key never publishes twice.")
    @APIResponse(responseCode = "201", description = "已发布 / Published",
            headers = {@Header(name = "ETag", ref = "ETag"),
                    @Header(name = "Location", description = "活动的地址 / Where the activity is",
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = 200))},
            content = @Content(schema = @Schema(implementation = AdminActivityView.class)))
    @APIResponse(responseCode = "403", description = "角色不允许，或街道、区不在本人辖区（ACTIVITY_OUT_OF_REACH）/ The role "
            + "does not allow it, or the street or district is not the officer's")
    @APIResponse(responseCode = "422", description = "时间顺序、名额、街道/区或服务站不合要求（ACTIVITY_INVALID，errors 逐项列出），"
            + "或幂等键已用于另一请求（IDEMPOTENCY_KEY_REUSED）/ Times out of order, places, street or district or station "
            + "wrong (ACTIVITY_INVALID, each in errors), or the Idempotency-Key was used for another request")
    public Response publish(
            @HeaderParam(IdempotentRequest.HEADER) @Parameter(description = "幂等键 / Idempotency key",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @NotNull @Valid NewActivity request) {
        ActivityReach reach = reach();
        return idempotency.execute(new IdempotentRequest(idempotencyKey, caller.subject(), "POST", BASE, request), () -> {
            Versioned<AdminActivityView> published = queries.versioned(publishing.publish(request, reach));
            return Response.created(URI.create(BASE + "/" + published.view().activity().id()))
                    .entity(published.view()).tag(published.tag()).build();
        });
    }

    @GET
    @Operation(operationId = "listAdminActivities", summary = "活动列表（干部）/ List activities (officers)",
            description = "辖区内的活动，开始时间最晚的在前，含报名与出席统计。/ The activities within the officer's reach, "
                    + "latest start first, with registrations and attendance counted.")
    @APIResponse(responseCode = "200", description = "活动 / Activities")
    public Page<AdminActivityView> list(@Valid @BeanParam ActivityFilter filter,
            @QueryParam("status") @Pattern(regexp = "^(published|cancelled)$")
            @Parameter(description = "状态 / Status", schema = @Schema(enumeration = {"published", "cancelled"}))
            String status,
            @Valid @BeanParam PageParams page) {
        return queries.forOfficers(reach(), filter, Optional.ofNullable(status).map(ActivityStatus::ofCode), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminActivity", summary = "活动（干部）/ An activity (officers)",
            description = "带 ETag，修改或取消时放入 If-Match；报名不改变 ETag。/ With the ETag to send in If-Match when "
                    + "changing or calling it off; sign-ups do not change it.")
    @APIResponse(responseCode = "200", description = "活动 / The activity", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AdminActivityView.class)))
    @ActivityNotFoundResponse
    public Response get(@PathParam("id") @Parameter(description = "活动编号 / Activity id") UUID id) {
        return versioned(queries.forOfficer(id, reach()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateActivity", summary = "修改活动 / Change an activity",
            description = "须带 If-Match；未给出的字段不变。名额可以增加（候补者依次转正并收到通知），不能少于已确认的名额。已取消或已"
                    + "结束的活动不能再改。/ Needs If-Match; fields left out stay. Capacity may grow (the waiting list is "
                    + "confirmed in turn, each member told), never below the places confirmed. A cancelled or finished "
                    + "activity changes no more.")
    @APIResponse(responseCode = "200", description = "活动 / The activity", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AdminActivityView.class)))
    @ActivityNotFoundResponse
    @APIResponse(responseCode = "409", description = "活动已取消或已结束（ACTIVITY_CLOSED）/ Cancelled or over")
    @StaleVersionResponse
    @APIResponse(responseCode = "422", description = "时间顺序或名额不合要求（ACTIVITY_INVALID），如名额少于已确认的"
            + "（capacity: BELOW_CONFIRMED）/ Times out of order or places wrong (ACTIVITY_INVALID), e.g. capacity below the "
            + "places confirmed (capacity: BELOW_CONFIRMED)")
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing")
    public Response update(@PathParam("id") @Parameter(description = "活动编号 / Activity id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true, schema = @Schema(maxLength = 40))
            String ifMatch,
            @NotNull @Valid ActivityChange change) {
        return versioned(queries.versioned(publishing.change(id, change, ifMatch, reach())));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelActivity", summary = "取消活动 / Call an activity off",
            description = "须带 If-Match。全部确认和候补的报名随之取消，每位报名者收到站内消息和订阅消息，内含原因。/ Needs "
                    + "If-Match. Every confirmed and waitlisted registration is called off with it; each member gets an "
                    + "inbox message and a subscribe message with the reason.")
    @APIResponse(responseCode = "200", description = "已取消的活动 / The activity, called off",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AdminActivityView.class)))
    @ActivityNotFoundResponse
    @APIResponse(responseCode = "409", description = "活动已取消或已结束（ACTIVITY_CLOSED）/ Cancelled already, or over")
    @StaleVersionResponse
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing")
    public Response cancel(@PathParam("id") @Parameter(description = "活动编号 / Activity id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true, schema = @Schema(maxLength = 40))
            String ifMatch,
            @NotNull @Valid Cancellation request) {
        return versioned(queries.versioned(publishing.cancel(id, request.reason(), ifMatch, reach())));
    }

    @GET
    @Path("/{id}/registrations")
    @Operation(operationId = "listActivityRegistrations", summary = "报名名单 / The roster",
            description = "按报名先后排列，姓名已脱敏；候补者带位次。/ In the order of sign-up, names masked; the waitlisted "
                    + "with their position.")
    @APIResponse(responseCode = "200", description = "报名 / Registrations")
    @ActivityNotFoundResponse
    public Page<RosterEntryView> roster(@PathParam("id") @Parameter(description = "活动编号 / Activity id") UUID id,
            @QueryParam("status") @Pattern(regexp = "^(confirmed|waitlisted|withdrawn|checked_in|no_show|cancelled)$")
            @Parameter(description = "状态 / Status", schema = @Schema(enumeration = {"confirmed", "waitlisted",
                    "withdrawn", "checked_in", "no_show", "cancelled"})) String status,
            @Valid @BeanParam PageParams page) {
        return registrations.roster(id, reach(), Optional.ofNullable(status).map(RegistrationStatus::ofCode), page);
    }

    @POST
    @Path("/{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkInToActivity", summary = "扫码签到 / Check a member in",
            description = "扫描会员出示的签到码；每份报名只能签到一次。开始前 2 小时（GONGHUI_ACTIVITIES_CHECK_IN_OPENS_BEFORE）"
                    + "至结束前可签到。/ Scans the code the member shows; a registration is checked in once. From 2 hours "
                    + "before the start (GONGHUI_ACTIVITIES_CHECK_IN_OPENS_BEFORE) until the end.")
    @APIResponse(responseCode = "200", description = "已签到的报名 / The registration, checked in",
            content = @Content(schema = @Schema(implementation = RosterEntryView.class)))
    @ActivityNotFoundResponse
    @APIResponse(responseCode = "409", description = "已签到过（ALREADY_CHECKED_IN），报名未确认（REGISTRATION_NOT_CONFIRMED："
            + "候补、已取消），签到尚未开始（CHECK_IN_NOT_OPEN），或活动已取消、已结束（ACTIVITY_CLOSED）/ Checked in already, "
            + "the registration is not confirmed (waitlisted, given up), check-in has not opened yet, or the activity is "
            + "cancelled or over")
    @APIResponse(responseCode = "422", description = "签到码无效或不属于本活动（CHECK_IN_CODE_INVALID），或已过期"
            + "（CHECK_IN_CODE_EXPIRED）/ Not a valid code of this activity, or expired")
    public RosterEntryView checkIn(@PathParam("id") @Parameter(description = "活动编号 / Activity id") UUID id,
            @NotNull @Valid CheckIn request) {
        ActivityRegistration registration = checkIns.scan(id, request.code(), reach());
        return RegistrationQueries.rosterEntry(registration,
                names.maskedNames(List.of(registration.memberId)).get(registration.memberId), null);
    }

    @POST
    @Path("/covers")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadActivityCover", summary = "上传活动封面图 / Upload an activity's cover image",
            description = "multipart/form-data，字段 file；按内容识别，最大 10 MB。只有 JPEG 或 PNG 能用作封面（发布或修改活动时以 "
                    + "coverAttachmentId 指定）。/ multipart/form-data with a part named file, sniffed, at most 10 MB. Only a "
                    + "JPEG or PNG can then be named as a cover (coverAttachmentId when publishing or changing an activity).")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = AttachmentResource.UploadForm.class)))
    @OfficerUploadResponses
    public Response upload(@RestForm("file") @Parameter(hidden = true) FileUpload file) {
        AttachmentView uploaded = attachments.uploadByOfficer(UUID.fromString(caller.subject()), file);
        return Response.status(Response.Status.CREATED).entity(uploaded).build();
    }

    private ActivityReach reach() {
        return ActivityReach.of(caller, officers);
    }

    private static Response versioned(Versioned<AdminActivityView> activity) {
        return Response.ok(activity.view()).tag(activity.tag()).build();
    }
}
