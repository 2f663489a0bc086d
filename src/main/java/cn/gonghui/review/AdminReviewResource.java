package cn.gonghui.review;

import cn.gonghui.platform.http.StaleVersionResponse;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.idempotency.Idempotency;
import cn.gonghui.platform.idempotency.IdempotentRequest;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.review.ReviewViews.NewRound;
import cn.gonghui.review.ReviewViews.RoundView;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 民主评议 for officers: district officers open rounds and publish their results; officers read their streets' rounds. */
@Path("/api/v1/admin/democratic-reviews")
@RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminReviewResource {

    private static final String BASE = "/api/v1/admin/democratic-reviews";
    private static final String REACH = "干部只看到本人街道的评议（区干部：全区），管理员看到全部；任何人的答卷都不显示。/ Officers see "
            + "the rounds of their streets (district officers: the district), administrators all; nobody's answer is "
            + "ever shown. ";

    private final ReviewRounds rounds;
    private final ReviewRoundQueries queries;
    private final Idempotency idempotency;
    private final Caller caller;

    public AdminReviewResource(ReviewRounds rounds, ReviewRoundQueries queries, Idempotency idempotency, Caller caller) {
        this.rounds = rounds;
        this.queries = queries;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
    @Operation(operationId = "openDemocraticReview", summary = "发起民主评议 / Open a democratic review",
            description = "区干部为本区的一个街道工会发起评议：该街道在册会员在 opensAt 至 closesAt 之间各答一次。带 Idempotency-Key "
                    + "重试不会重复发起。/ A district officer opens a round for a street union of their district: the "
                    + "street's active members answer once each between opensAt and closesAt. Retrying with the same "
                    + "Idempotency-Key never opens twice.")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewRound.class),
            examples = @ExampleObject(name = "annual", value = """
                    {"streetCode": "desheng", "title": "德胜街道工会2026年度民主评议",
                     "opensAt": "2026-12-10T00:00:00Z", "closesAt": "2026-12-24T16:00:00Z",
                     "questions": [{"code": "rights", "text": "工会维护职工权益工作", "scaleMax": 5},
                                   {"code": "funds", "text": "工会经费使用公开透明", "scaleMax": 5}]}""")))
    @APIResponse(responseCode = "201", description = "已发起 / Opened", headers = {@Header(name = "ETag", ref = "ETag"),
            @Header(name = "Location", description = "评议的地址 / Where it is",
                    schema = @Schema(format = "uri-reference", maxLength = 200))},
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "403", description = "不是本区的街道（REVIEW_OUT_OF_REACH）或角色不允许（街道干部）/ Not a street of "
            + "the caller's district, or the role does not allow it (street officers)")
    @APIResponse(responseCode = "422", description = "街道、时间或题目不对（REVIEW_INVALID，errors 逐项说明），或幂等键已用于另一请求"
            + "（IDEMPOTENCY_KEY_REUSED）/ Street, times or questions wrong (REVIEW_INVALID, each in errors), or the "
            + "Idempotency-Key was used for another request")
    public Response open(
            @HeaderParam(IdempotentRequest.HEADER) @Parameter(description = "幂等键 / Idempotency key",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @NotNull @Valid NewRound request) {
        return idempotency.execute(new IdempotentRequest(idempotencyKey, caller.subject(), "POST", BASE, request), () -> {
            Versioned<RoundView> opened = rounds.open(caller.dataScope(), officer(), request);
            return Response.created(URI.create(BASE + "/" + opened.view().id())).entity(opened.view())
                    .tag(opened.tag()).build();
        });
    }

    @GET
    @Operation(operationId = "listAdminDemocraticReviews", summary = "民主评议列表（干部）/ Review rounds (officers)",
            description = REACH + "最近开始的在前。/ The latest opening first.")
    @APIResponse(responseCode = "200", description = "评议 / Rounds")
    public Page<RoundView> list(@Valid @BeanParam PageParams page) {
        return queries.forOfficers(caller.dataScope(), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminDemocraticReview", summary = "民主评议（干部）/ A review round (officers)",
            description = REACH + "带 ETag。/ With its ETag.")
    @APIResponse(responseCode = "200", description = "评议 / The round", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @ReviewNotFoundResponse
    public Response get(@PathParam("id") @Parameter(description = "评议编号 / Round id") UUID id) {
        return versioned(rounds.get(caller.dataScope(), id));
    }

    @POST
    @Path("/{id}/publish-results")
    @RolesAllowed({Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
    @Operation(operationId = "publishDemocraticReviewResults", summary = "公布评议结果 / Publish the results",
            description = "截止后，区干部把结果作为该街道的会务公开文件（democratic_review）公布：各题平均分和各分数人数；答卷不足 5 份"
                    + "时只公布“<5”。须带 If-Match。/ Once closed, a district officer publishes the results as the street's "
                    + "disclosure (democratic_review): each question's average and how many gave each rating; below five "
                    + "answers only \"<5\". Needs If-Match.")
    @APIResponse(responseCode = "200", description = "已公布，disclosureId 为公开文件 / Published; disclosureId is the document",
            headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = RoundView.class)))
    @ReviewNotFoundResponse
    @APIResponse(responseCode = "409", description = "尚未截止或已公布（REVIEW_STATE_CONFLICT，currentStatus）/ Not closed yet, or "
            + "published already")
    @StaleVersionResponse
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing")
    public Response publishResults(@PathParam("id") @Parameter(description = "评议编号 / Round id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "上次读取的 ETag / The ETag last read", required = true,
                    schema = @Schema(maxLength = 40)) String ifMatch) {
        return versioned(rounds.publishResults(caller.dataScope(), id, ifMatch, officer()));
    }

    private UUID officer() {
        return UUID.fromString(caller.subject());
    }

    private static Response versioned(Versioned<RoundView> round) {
        return Response.ok(round.view()).tag(round.tag()).build();
    }
}
