package cn.gonghui.statistics;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public service evaluation (办事评价公开) as clients read it. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    @Schema(name = "PublicEvaluation", description = "办事评价公开：每月、每个街道、服务站和服务一格；评价不足 5 条的格子只公布“<5” / "
            + "Published service ratings: one cell per month, street, station and service; a cell of fewer than 5 "
            + "ratings shows only \"<5\"")
    public record PublicEvaluationView(
            @Schema(description = "起始月（含）/ First month, inclusive", examples = "2026-01", maxLength = 7,
                    pattern = "^\\d{4}-\\d{2}$", required = true)
            String from,
            @Schema(description = "结束月（含）/ Last month, inclusive", examples = "2026-12", maxLength = 7,
                    pattern = "^\\d{4}-\\d{2}$", required = true)
            String to,
            @Schema(description = "公布数字所需的最少评价数 / Fewest ratings a cell needs to show figures", examples = "5",
                    minimum = "1", maximum = "100", required = true)
            int minimumRatings,
            @Schema(description = "格子，按月份倒序 / The cells, newest month first", maxItems = 10000, required = true)
            List<EvaluationCellView> items) {
    }

    @Schema(name = "EvaluationCell", description = "一个月、一个街道、一个服务站和一项服务的评价 / The ratings of one month, "
            + "street, station and service")
    public record EvaluationCellView(
            @Schema(description = "月份（北京时间，按评价时间）/ Month of the ratings, Beijing", examples = "2026-03",
                    maxLength = 7, pattern = "^\\d{4}-\\d{2}$", required = true)
            String month,
            @Schema(required = true) PlaceRef street,
            @Schema(description = "服务站；不经服务站办理的为 null / The station; null for services handled elsewhere",
                    nullable = true, required = true)
            StationLabel station,
            @Schema(description = "服务代码 / Service code", examples = "membership.join", maxLength = 60, required = true)
            String serviceCode,
            @Schema(description = "是否因评价不足 5 条而隐去数字 / Whether the figures are withheld: fewer than 5 ratings",
                    required = true)
            boolean suppressed,
            @Schema(description = "评价条数；不足 5 条时为 \"<5\" / Number of ratings; \"<5\" below five", examples = "12",
                    maxLength = 10, pattern = "^(<5|\\d+)$", required = true)
            String ratings,
            @Schema(description = "平均分（1–5，两位小数）/ Average rating, two decimals", examples = "4.25", maxLength = 4,
                    pattern = "^\\d\\.\\d{2}$", nullable = true, required = true)
            String averageRating,
            @Schema(description = "满意及以上（4–5 分）的比例 / Share of ratings of 4 or 5", examples = "0.83", maxLength = 4,
                    pattern = "^[01]\\.\\d{2}$", nullable = true, required = true)
            String satisfiedShare,
            @Schema(description = "在办理时限内办结的比例 / Share finished within the service's handling days",
                    examples = "0.92", maxLength = 4, pattern = "^[01]\\.\\d{2}$", nullable = true, required = true)
            String onTimeShare,
            @Schema(description = "办理天数中位数（自然日，提交到办结）/ Median calendar days from submission to closing",
                    examples = "3.5", nullable = true, required = true)
            Double medianHandlingDays,
            @Schema(description = "该月已结束，数字不再变化 / The month is closed: these figures never change",
                    required = true)
            boolean fixed) {
    }

    @Schema(name = "PlaceRef", description = "街道 / A street")
    public record PlaceRef(
            @Schema(description = "代码 / Code", examples = "desheng", maxLength = 40, required = true) String code,
            @Schema(description = "名称 / Name", examples = "德胜", maxLength = 40, required = true) String name) {
    }

    @Schema(name = "StationLabel", description = "服务站 / A station")
    public record StationLabel(
            @Schema(required = true) UUID id,
            @Schema(description = "名称 / Name", examples = "德胜街道户外劳动者服务站", maxLength = 100, required = true)
            String name) {
    }
}
