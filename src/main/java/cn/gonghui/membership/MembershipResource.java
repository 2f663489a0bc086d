package cn.gonghui.membership;

import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import cn.gonghui.place.PlaceViews.StreetView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The member's own membership: status, number, union, since, and its history. */
@Path("/api/v1/me/membership")
@RolesAllowed(Role.MEMBER_ROLE)
@SecurityRequirement(name = "member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class MembershipResource {

    @Schema(name = "MembershipStep", description = "会籍的一次变化 / A step of the membership")
    public record StepView(
            @Schema(description = "时间 / When") Instant at,
            @Schema(description = "事件 / Event", enumeration = {"joined", "transferred"}) String event,
            StreetView street,
            @Schema(description = "所在工会 / The union", maxLength = 100) String union) {
    }

    @Schema(name = "Membership", description = "会籍 / The membership")
    public record MembershipView(
            @Schema(description = "状态；尚未入会为 none / Status; none before joining",
                    enumeration = {"none", "active", "ended"}) String status,
            @Schema(description = "会员编号 / Member number", examples = "XC2026000123", maxLength = 20,
                    pattern = "^[A-Z]{2,4}\\d{10}$", nullable = true) String number,
            @Schema(description = "所在工会 / The union", examples = "德胜街道联合工会", maxLength = 100, nullable = true)
            String union,
            @Schema(description = "所属街道 / Street", nullable = true) StreetView street,
            @Schema(description = "入会日期 / Member since", nullable = true, format = "date", maxLength = 10)
            LocalDate since,
            @Schema(description = "工作单位 / Employer", maxLength = 100, nullable = true) String employerName,
            @Schema(description = "职业（新就业形态）/ Occupation", maxLength = 40, nullable = true) String occupation,
            @Schema(description = "历程 / History", maxItems = 100) List<StepView> history) {
    }

    private final Caller caller;
    private final MembershipHistory memberships;

    public MembershipResource(Caller caller, MembershipHistory memberships) {
        this.caller = caller;
        this.memberships = memberships;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getMyMembership", summary = "我的会籍 / My membership",
            description = "尚未入会时状态为 none。/ Status none before the member has joined.")
    @APIResponse(responseCode = "200", description = "会籍 / The membership")
    public MembershipView mine() {
        return memberships.of(caller.memberId());
    }
}
