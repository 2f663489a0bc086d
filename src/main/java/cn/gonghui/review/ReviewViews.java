package cn.gonghui.review;

import cn.gonghui.platform.text.MultiLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What officers send to open a round, what members answer, and what each of them reads. */
public final class ReviewViews {

    static final String CODE = "^[a-z][a-z0-9_-]{0,39}$";

    private ReviewViews() {
    }

    @Schema(name = "NewReviewRound", description = "新的民主评议（街道工会）/ A new democratic review of a street union")
    public record NewRound(
            @NotNull @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
            @Schema(description = "被评议的街道工会 / The street union reviewed", examples = "desheng", maxLength = 40,
                    pattern = "^[a-z][a-z0-9-]*$", required = true) String streetCode,
            @NotBlank @Size(max = 200) @Schema(description = "标题 / Title", examples = "德胜街道工会2026年度民主评议",
                    maxLength = 200, required = true) String title,
            @NotNull @Schema(description = "开始答卷 / Answers accepted from", required = true) Instant opensAt,
            @NotNull @Schema(description = "截止（不含）/ Answers accepted until, exclusive", required = true)
            Instant closesAt,
            @NotNull @Size(min = 1, max = 50)
            @Schema(description = "题目，按顺序 / The questions, in order", minItems = 1, maxItems = 50, required = true)
            List<@Valid Question> questions) {
    }

    @Schema(name = "ReviewQuestion", description = "一道题：从 1（最不满意）到 scaleMax（最满意）打分 / A question, rated from 1 "
            + "(least satisfied) to scaleMax (most satisfied)")
    public record Question(
            @NotNull @Pattern(regexp = CODE)
            @Schema(description = "题目代码，同一评议内唯一 / Code, unique within the round", examples = "rights",
                    maxLength = 40, pattern = CODE, required = true) String code,
            @NotBlank @Size(max = 300) @Schema(description = "题目 / The question", examples = "工会维护职工权益工作",
                    maxLength = 300, required = true) @MultiLineText String text,
            @NotNull @Min(2) @Max(10) @Schema(description = "最高分（1 至 scaleMax）/ The top rating (1 to scaleMax)",
                    examples = "5", minimum = "2", maximum = "10", required = true) Integer scaleMax) {
    }

    @Schema(name = "ReviewAnswer", description = "一份答卷：每道题一个分数 / An answer: one rating per question")
    public record Answer(
            @NotNull @Size(min = 1, max = 50)
            @Schema(description = "各题的分数，每题一次 / One rating for each question", minItems = 1, maxItems = 50,
                    required = true) List<@Valid Rating> ratings) {
    }

    @Schema(name = "ReviewRating", description = "一道题的分数 / The rating of one question")
    public record Rating(
            @NotNull @Pattern(regexp = CODE)
            @Schema(description = "题目代码 / Question code", examples = "rights", maxLength = 40, pattern = CODE,
                    required = true) String code,
            @NotNull @Min(1) @Max(10)
            @Schema(description = "分数，1 至该题的 scaleMax / Rating, 1 to the question's scaleMax", examples = "5",
                    minimum = "1", maximum = "10", required = true) Integer rating) {
    }

    @Schema(name = "ReviewAnswerReceipt", description = "答卷已收到；答卷内容不再显示 / The answer was received; it is "
            + "never shown again")
    public record Receipt(
            @Schema(required = true) UUID roundId,
            @Schema(description = "收到时间 / When received", required = true) Instant answeredAt) {
    }

    @Schema(name = "ReviewStreet", description = "被评议的街道工会 / The street union reviewed")
    public record StreetView(
            @Schema(description = "代码 / Code", examples = "desheng", maxLength = 40, required = true) String code,
            @Schema(description = "名称 / Name", examples = "德胜", maxLength = 40, required = true) String name) {
    }

    @Schema(name = "ReviewRound", description = "民主评议（干部）：只有答卷数，没有任何人的答卷 / A review round for officers: "
            + "the number of answers, never anyone's answer")
    public record RoundView(
            @Schema(required = true) UUID id,
            @Schema(required = true) StreetView street,
            @Schema(description = "标题 / Title", maxLength = 200, required = true) String title,
            @Schema(required = true) Instant opensAt,
            @Schema(required = true) Instant closesAt,
            @Schema(description = "upcoming 未开始，open 答卷中，closed 已截止待公布，published 结果已公开 / Upcoming, open, "
                    + "closed awaiting publication, or published", enumeration = {"upcoming", "open", "closed",
                    "published"}, required = true) String status,
            @Schema(description = "题目 / Questions", maxItems = 50, required = true) List<QuestionView> questions,
            @Schema(description = "已收答卷数 / Answers received", examples = "37", minimum = "0", maximum = "100000000",
                    required = true) long answers,
            @Schema(description = "公布结果的会务公开文件 / The disclosure of the results", nullable = true, required = true)
            UUID disclosureId,
            @Schema(description = "结果公布时间 / When the results were published", nullable = true, format = "date-time",
                    maxLength = 35, required = true) Instant publishedAt,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "ReviewQuestionView", description = "一道题 / A question")
    public record QuestionView(
            @Schema(description = "代码 / Code", examples = "rights", maxLength = 40, required = true) String code,
            @Schema(description = "题目 / The question", examples = "工会维护职工权益工作", maxLength = 300, required = true)
            String text,
            @Schema(description = "最高分 / Top rating", examples = "5", minimum = "2", maximum = "10", required = true)
            int scaleMax) {
    }

    @Schema(name = "OpenReviewRound", description = "本街道正在答卷的民主评议 / An open review round of the member's street")
    public record OpenRoundView(
            @Schema(required = true) UUID id,
            @Schema(required = true) StreetView street,
            @Schema(description = "标题 / Title", maxLength = 200, required = true) String title,
            @Schema(required = true) Instant opensAt,
            @Schema(required = true) Instant closesAt,
            @Schema(description = "题目 / Questions", maxItems = 50, required = true) List<QuestionView> questions,
            @Schema(description = "本人是否已答 / Whether the member answered already", required = true) boolean answered) {
    }

    @Schema(name = "ExportedReviewAnswer", description = "导出中本人的一份民主评议答卷 / One of the member's review answers, "
            + "in their data export")
    public record ExportedAnswer(
            @Schema(required = true) UUID roundId,
            @Schema(description = "评议标题 / The round's title", maxLength = 200, required = true) String roundTitle,
            @Schema(description = "街道代码 / Street code", maxLength = 40, required = true) String streetCode,
            @Schema(required = true) Instant answeredAt,
            @Schema(description = "各题的分数 / The ratings", maxItems = 50, required = true) List<Rating> ratings) {
    }
}
