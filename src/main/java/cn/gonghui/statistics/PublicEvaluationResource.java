package cn.gonghui.statistics;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import cn.gonghui.platform.openapi.PublicAccess;
import cn.gonghui.statistics.EvaluationViews.PublicEvaluationView;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 办事评价公开: anyone may read how the unions' services are rated. */
@Path("/api/v1/public/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "disclosure")
@PermitAll
public class PublicEvaluationResource {

    static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";

    private static final String EXAMPLE = """
            {"from": "2026-03", "to": "2026-04", "minimumRatings": 5, "items": [
              {"month": "2026-04", "street": {"code": "desheng", "name": "德胜"},
               "station": {"id": "01a20144-3af1-7ea3-9ce3-d9690a412c72", "name": "德胜街道户外劳动者服务站"},
               "serviceCode": "membership.join", "suppressed": false, "ratings": "12", "averageRating": "4.25",
               "satisfiedShare": "0.83", "onTimeShare": "0.92", "medianHandlingDays": 3.5, "fixed": false},
              {"month": "2026-03", "street": {"code": "desheng", "name": "德胜"}, "station": null,
               "serviceCode": "legal-aid", "suppressed": true, "ratings": "<5", "averageRating": null,
               "satisfiedShare": null, "onTimeShare": null, "medianHandlingDays": null, "fixed": true}]}""";

    private final PublicEvaluations evaluations;

    public PublicEvaluationResource(PublicEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    @Operation(operationId = "getPublicEvaluations", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "办事评价公开 / Published service ratings",
            description = "无需登录。每月、每个街道、服务站和服务一格：评价条数、平均分、满意及以上比例、按时办结比例和办理天数中位数。"
                    + "不足 5 条评价的格子只公布“<5”，不给平均分等数字；格子之间不做合计，以免相减推算出被隐去的格子。已结束月份的数字"
                    + "首次查询时固定下来，之后不再变化。默认最近 12 个月，一次最多 24 个月。/ No sign-in. One cell per month, "
                    + "street, station and service: number of ratings, average, share of 4 and 5, share finished within the "
                    + "handling days, median handling days. A cell of fewer than 5 ratings shows \"<5\" and nothing else; "
                    + "cells are never added up, so no withheld cell can be worked out by subtraction. A closed month's "
                    + "figures are fixed when first asked for and never change. The last 12 months by default, 24 at most.")
    @APIResponse(responseCode = "200", description = "评价 / The ratings", content = @Content(
            schema = @Schema(implementation = PublicEvaluationView.class),
            examples = @ExampleObject(name = "cells", value = EXAMPLE)))
    public PublicEvaluationView figures(
            @QueryParam("streetCode") @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
            @Parameter(description = "只看这个街道 / Only this street", example = "desheng",
                    schema = @Schema(maxLength = 40, pattern = "^[a-z][a-z0-9-]*$")) String streetCode,
            @QueryParam("stationId") @Parameter(description = "只看这个服务站 / Only this station") UUID stationId,
            @QueryParam("serviceCode") @Size(max = 60) @Pattern(regexp = "^[a-z][a-z.-]*$")
            @Parameter(description = "只看这项服务 / Only this service", example = "membership.join",
                    schema = @Schema(maxLength = 60, pattern = "^[a-z][a-z.-]*$")) String serviceCode,
            @QueryParam("from") @Pattern(regexp = MONTH)
            @Parameter(description = "起始月（含），YYYY-MM / First month, inclusive", example = "2026-01",
                    schema = @Schema(maxLength = 7, pattern = MONTH)) String from,
            @QueryParam("to") @Pattern(regexp = MONTH)
            @Parameter(description = "结束月（含），默认本月 / Last month, inclusive; this month by default",
                    example = "2026-12", schema = @Schema(maxLength = 7, pattern = MONTH)) String to) {
        return evaluations.figures(new PublicEvaluations.Filter(streetCode, stationId, serviceCode, month(from), month(to)));
    }

    private static YearMonth month(String text) {
        return text == null ? null : YearMonth.parse(text);
    }
}
