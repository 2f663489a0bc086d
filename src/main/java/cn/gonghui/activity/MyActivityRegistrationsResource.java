package cn.gonghui.activity;

import cn.gonghui.activity.ActivityViews.CheckInCodeView;
import cn.gonghui.activity.ActivityViews.RegistrationView;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The member's own activity registrations: the list, one of them, giving it up, its check-in code. */
@Path(MyActivityRegistrationsResource.BASE)
@RolesAllowed(Role.MEMBER_ROLE)
@SecurityRequirement(name = "member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class MyActivityRegistrationsResource {

    static final String BASE = "/api/v1/me/activity-registrations";

    private final RegistrationQueries queries;
    private final Registrations registrations;
    private final CheckIns checkIns;
    private final Caller caller;

    public MyActivityRegistrationsResource(RegistrationQueries queries, Registrations registrations, CheckIns checkIns,
            Caller caller) {
        this.queries = queries;
        this.registrations = registrations;
        this.checkIns = checkIns;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMyActivityRegistrations", summary = "我的活动报名 / My activity registrations",
            description = "最新的在前，含已取消的；候补者带位次。/ Newest first, those given up included; the waitlisted with "
                    + "their position.")
    @APIResponse(responseCode = "200", description = "报名 / Registrations")
    public Page<RegistrationView> list(@Valid @BeanParam PageParams page) {
        return queries.mine(caller.memberId(), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyActivityRegistration", summary = "我的一份报名 / One of my registrations",
            description = "报名的状态、候补位次和签到时间；他人的报名返回 404。/ Where the registration stands, its place on "
                    + "the waiting list and its check-in; another member's is a 404.")
    @APIResponse(responseCode = "200", description = "报名 / The registration",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @RegistrationNotFoundResponse
    public RegistrationView get(@PathParam("id") @Parameter(description = "报名编号 / Registration id") UUID id) {
        UUID memberId = caller.memberId();
        return ActivityRegistration.<ActivityRegistration>find("id = ?1 and memberId = ?2", id, memberId)
                .firstResultOptional().map(queries::view)
                .orElseThrow(() -> ApiProblem.notFound("REGISTRATION_NOT_FOUND", id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "withdrawActivityRegistration", summary = "取消报名 / Give up a registration",
            description = "候补随时可以取消；已确认的名额在活动的 cancelUntil 之前可以取消，空出的名额在同一事务中依次给候补者并通知"
                    + "他们。已取消的再取消，原样返回。/ A waiting turn may be given up at any time, a confirmed place before "
                    + "the activity's cancelUntil; the places go to the waiting list in turn, in the same transaction, each "
                    + "member told. Giving up again answers the registration as it is.")
    @APIResponse(responseCode = "200", description = "已取消的报名 / The registration, withdrawn",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @RegistrationNotFoundResponse
    @APIResponse(responseCode = "409", description = "已过自行取消截止时间，或活动已经举行（CANCELLATION_CLOSED）/ Past "
            + "cancelUntil, or the activity has taken place")
    public RegistrationView withdraw(@PathParam("id") @Parameter(description = "报名编号 / Registration id") UUID id) {
        return queries.view(registrations.withdraw(id, caller.memberId()));
    }

    @GET
    @Path("/{id}/check-in-code")
    @Operation(operationId = "getActivityCheckInCode", summary = "签到码 / Check-in code",
            description = "已确认的报名才有；签名的短时码（默认 2 分钟，GONGHUI_ACTIVITIES_CHECK_IN_CODE_LIFETIME），到场时出示"
                    + "给干部扫描，过期后重新获取。/ For a confirmed registration: a signed short-lived code (2 minutes by "
                    + "default, GONGHUI_ACTIVITIES_CHECK_IN_CODE_LIFETIME) shown to the officer at the door; fetch a new one "
                    + "when it expires.")
    @APIResponse(responseCode = "200", description = "签到码 / The code",
            content = @Content(schema = @Schema(implementation = CheckInCodeView.class)))
    @RegistrationNotFoundResponse
    @APIResponse(responseCode = "409", description = "报名未确认（REGISTRATION_NOT_CONFIRMED），已签到（ALREADY_CHECKED_IN），"
            + "或活动已取消、已结束（ACTIVITY_CLOSED）/ Not confirmed, checked in already, or the activity is cancelled or "
            + "over")
    public CheckInCodeView checkInCode(@PathParam("id") @Parameter(description = "报名编号 / Registration id") UUID id) {
        CheckIns.Code code = checkIns.codeFor(id, caller.memberId());
        return new CheckInCodeView(code.code(), code.expiresAt());
    }
}
