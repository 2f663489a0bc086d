package cn.gonghui.review;

import cn.gonghui.platform.idempotency.Idempotency;
import cn.gonghui.platform.idempotency.IdempotentRequest;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.review.ReviewViews.Answer;
import cn.gonghui.review.ReviewViews.OpenRoundView;
import cn.gonghui.review.ReviewViews.Receipt;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 民主评议 for members: the open rounds of their union's street, and their one answer to each. */
@Path("/api/v1/democratic-reviews")
@RolesAllowed(Role.MEMBER_ROLE)
@SecurityRequirement(name = "member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class ReviewResource {

    private final ReviewRoundQueries queries;
    private final ReviewAnswers answers;
    private final Idempotency idempotency;
    private final Caller caller;

    public ReviewResource(ReviewRoundQueries queries, ReviewAnswers answers, Idempotency idempotency, Caller caller) {
        this.queries = queries;
        this.answers = answers;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listOpenDemocraticReviews", summary = "本街道正在答卷的民主评议 / Open review rounds",
            description = "本人在册会籍所在街道正在答卷的评议，最早截止的在前，并说明本人是否已答。非会员的列表为空。/ The rounds of "
                    + "the street of the member's active membership that are open now, the soonest closing first, each "
                    + "saying whether she answered. Empty for a non-member.")
    @APIResponse(responseCode = "200", description = "评议 / Rounds")
    public Page<OpenRoundView> list(@Valid @BeanParam PageParams page) {
        return queries.openFor(caller.memberId(), page);
    }

    @POST
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerDemocraticReview", summary = "答卷 / Answer a review round",
            description = "每位会员每次评议只答一次，每题一个分数；答卷不显示给任何人，只计入结果。带同一 Idempotency-Key 重试得到同一"
                    + "应答；再次答卷为 409 REVIEW_ALREADY_ANSWERED。/ Once per member and round, one rating per question; "
                    + "the answer is shown to nobody and only counted. A retry with the same Idempotency-Key gets the "
                    + "same answer; answering again is 409 REVIEW_ALREADY_ANSWERED.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Answer.class),
            examples = @ExampleObject(name = "answer", value = """
                    {"ratings": [{"code": "rights", "rating": 5}, {"code": "funds", "rating": 4}]}""")))
    @APIResponse(responseCode = "201", description = "已收到 / Received",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @ReviewNotFoundResponse
    @APIResponse(responseCode = "409", description = "不在答卷时间内（REVIEW_NOT_OPEN，opensAt、closesAt）或已答过"
            + "（REVIEW_ALREADY_ANSWERED）/ Not open now, or answered already")
    @APIResponse(responseCode = "422", description = "题目或分数不对（REVIEW_ANSWER_INVALID，errors 逐项说明），或幂等键已用于另一"
            + "请求（IDEMPOTENCY_KEY_REUSED）/ Questions or ratings wrong (each in errors), or the Idempotency-Key was "
            + "used for another request")
    public Response answer(@PathParam("id") @Parameter(description = "评议编号 / Round id") UUID id,
            @HeaderParam(IdempotentRequest.HEADER) @Parameter(description = "幂等键 / Idempotency key",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @NotNull @Valid Answer answer) {
        return idempotency.execute(new IdempotentRequest(idempotencyKey, caller.subject(), "POST",
                "/api/v1/democratic-reviews/" + id + "/answers", answer), () -> Response.status(Response.Status.CREATED)
                .entity(answers.answer(caller.memberId(), id, answer)).build());
    }
}
