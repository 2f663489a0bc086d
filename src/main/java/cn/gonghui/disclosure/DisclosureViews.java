package cn.gonghui.disclosure;

import cn.gonghui.attachment.AttachmentView;
import cn.gonghui.platform.money.Money;
import cn.gonghui.platform.money.WrittenMoney;
import cn.gonghui.platform.text.MultiLineText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What officers send to disclose, and what everyone reads. */
public final class DisclosureViews {

    static final String KINDS = "work_plan|work_report|fund_budget|fund_final_accounts|audit_report|democratic_review|notice";

    private DisclosureViews() {
    }

    @Schema(name = "DisclosureRequest", description = "新的公开文件（草稿）；streetCode 和 districtCode 二选一 / A new document, "
            + "a draft; either streetCode or districtCode")
    public record DisclosureRequest(
            @NotNull @Pattern(regexp = "^(" + KINDS + ")$")
            @Schema(description = "类别；democratic_review 只由民主评议公布 / Kind; democratic_review is published by a "
                    + "review round only", enumeration = {"work_plan", "work_report", "fund_budget", "fund_final_accounts",
                    "audit_report", "democratic_review", "notice"}, required = true)
            String kind,
            @NotBlank @Size(max = 200) @Schema(description = "标题 / Title", examples = "德胜街道工会2026年经费预算",
                    maxLength = 200, required = true)
            String title,
            @NotNull @Min(2000) @Max(2100) @Schema(description = "年度 / Year", examples = "2026", minimum = "2000",
                    maximum = "2100", required = true)
            Integer year,
            @Size(max = 40) @Schema(description = "期间（可选）/ Period, optional", examples = "上半年", maxLength = 40)
            String period,
            @NotNull @Size(max = 50000) @Schema(description = "正文 / The text", examples = "一、收入……", maxLength = 50000,
                    required = true)
            @MultiLineText String body,
            @Size(max = 20) @Schema(description = "附件：先用 POST /api/v1/admin/disclosures/attachments 上传 / Files, "
                    + "uploaded first with POST /api/v1/admin/disclosures/attachments", maxItems = 20, type = SchemaType.ARRAY, implementation = UUID.class)
            List<UUID> attachmentIds,
            @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
            @Schema(description = "街道工会的文件 / A street union's document", examples = "desheng", maxLength = 40)
            String streetCode,
            @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
            @Schema(description = "区总工会的文件 / A district union's document", examples = "xicheng", maxLength = 40)
            String districtCode,
            @Valid @Schema(description = "经费类文件必填 / Required for fund documents") FundTotals fundTotals) {
    }

    @Schema(name = "DisclosureCorrection", description = "更正：成为新的版本，旧版本仍可查阅 / A correction: a new version; the "
            + "old one stays readable")
    public record CorrectionRequest(
            @NotBlank @Size(max = 200) @Schema(description = "标题 / Title", maxLength = 200, required = true) String title,
            @NotNull @Size(max = 50000) @Schema(description = "正文 / The text", maxLength = 50000, required = true)
            @MultiLineText String body,
            @Size(max = 20) @Schema(description = "新版本的附件 / The new version's files", maxItems = 20, type = SchemaType.ARRAY, implementation = UUID.class)
            List<UUID> attachmentIds,
            @Valid @Schema(description = "经费类文件必填 / Required for fund documents") FundTotals fundTotals,
            @NotBlank @Size(max = 500) @Schema(description = "改了什么 / What changed", examples = "更正支出合计",
                    maxLength = 500, required = true)
            @MultiLineText String changeNote) {
    }

    @Schema(name = "DisclosureWithdrawal", description = "撤回 / Withdrawal")
    public record WithdrawRequest(
            @NotBlank @Size(max = 500) @Schema(description = "理由 / Reason", examples = "误发", maxLength = 500,
                    required = true)
            @MultiLineText String reason) {
    }

    @Schema(name = "FundTotals", description = "经费合计（元，两位小数的字符串）：收入 − 支出 = 结余 / Fund totals in yuan, "
            + "two-decimal strings: income − expenditure = balance")
    public record FundTotals(
            @NotNull @JsonDeserialize(using = WrittenMoney.class)
            @Schema(description = "收入 / Income", examples = "860000.00", pattern = Money.PATTERN, maxLength = 15,
                    required = true) String income,
            @NotNull @JsonDeserialize(using = WrittenMoney.class)
            @Schema(description = "支出 / Expenditure", examples = "812345.50", pattern = Money.PATTERN, maxLength = 15,
                    required = true) String expenditure,
            @NotNull @JsonDeserialize(using = WrittenMoney.class)
            @Schema(description = "结余 / Balance", examples = "47654.50", pattern = Money.PATTERN, maxLength = 15,
                    required = true) String balance) {
    }

    @Schema(name = "ReviewResults", description = "民主评议结果：答卷不足 5 份时只公布“<5” / Democratic review results; "
            + "fewer than 5 answers show only \"<5\"")
    public record ReviewResults(
            @Schema(description = "答卷数；不足 5 份为 \"<5\" / Answers; \"<5\" below five", examples = "37", maxLength = 10,
                    pattern = "^(<5|\\d+)$", required = true) String respondents,
            @Schema(description = "是否隐去 / Whether the figures are withheld", required = true) boolean suppressed,
            @Schema(description = "各题；隐去时为空 / Per question; empty when withheld", maxItems = 50, required = true)
            List<QuestionResult> questions) {
    }

    @Schema(name = "ReviewQuestionResult", description = "一道题的结果 / One question's result")
    public record QuestionResult(
            @Schema(description = "题目代码 / Question code", examples = "rights", maxLength = 40, required = true)
            String code,
            @Schema(description = "题目 / Question", examples = "工会维护职工权益工作", maxLength = 300, required = true)
            String text,
            @Schema(description = "最高分；1 为最不满意 / Top rating; 1 is the least satisfied", examples = "5",
                    minimum = "2", maximum = "10", required = true) int scaleMax,
            @Schema(description = "平均分，两位小数 / Average rating, two decimals", examples = "4.27", maxLength = 5,
                    pattern = "^\\d{1,2}\\.\\d{2}$", required = true) String average,
            @Schema(description = "各分数的人数，从 1 分到 scaleMax 每分一项 / How many gave each rating, one item per "
                    + "rating from 1 to scaleMax", maxItems = 10, required = true)
            List<RatingCount> counts) {
    }

    @Schema(name = "ReviewRatingCount", description = "给出某一分数的人数 / How many gave a rating")
    public record RatingCount(
            @Schema(description = "分数 / Rating", examples = "5", minimum = "1", maximum = "10", required = true) int rating,
            @Schema(description = "人数 / How many", examples = "20", minimum = "0", maximum = "100000000", required = true)
            long count) {
    }

    @Schema(name = "Union", description = "工会所在的街道或区 / The street or district of the union")
    public record UnionRef(
            @Schema(description = "street 或 district / street or district", enumeration = {"street", "district"},
                    required = true) String level,
            @Schema(description = "代码 / Code", examples = "desheng", maxLength = 40, required = true) String code,
            @Schema(description = "名称 / Name", examples = "德胜", maxLength = 40, required = true) String name) {
    }

    @Schema(name = "DisclosureFile", description = "公开文件的附件 / A file of a document")
    public record FileView(
            @Schema(required = true) AttachmentView file,
            @Schema(description = "公开后无需登录即可下载 / Downloads without sign-in once published", maxLength = 200,
                    examples = "/api/v1/disclosures/01a2…/attachments/01a3…", required = true) String href) {
    }

    @Schema(name = "DisclosureVersion", description = "一个版本 / One version")
    public record VersionView(
            @Schema(description = "版本号，从 1 起 / Version number, from 1", examples = "2", minimum = "1", maximum = "10000", required = true) int version,
            @Schema(description = "标题 / Title", maxLength = 200, required = true) String title,
            @Schema(description = "正文 / The text", maxLength = 50000, required = true) String body,
            @Schema(nullable = true, required = true) FundTotals fundTotals,
            @Schema(nullable = true, required = true) ReviewResults reviewResults,
            @Schema(description = "附件 / Files", maxItems = 20, required = true) List<FileView> attachments,
            @Schema(description = "更正说明；第 1 版为 null / What changed; null for version 1", maxLength = 500,
                    nullable = true, required = true) String changeNote,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "Disclosure", description = "公开文件：当前版本和全部历史版本 / A document: its current version and every "
            + "earlier one")
    public record DisclosureView(
            @Schema(required = true) UUID id,
            @Schema(description = "类别 / Kind", examples = "fund_budget", maxLength = 30, required = true) String kind,
            @Schema(description = "状态 / Status", enumeration = {"draft", "published", "withdrawn"}, required = true)
            String status,
            @Schema(required = true) UnionRef union,
            @Schema(description = "年度 / Year", examples = "2026", minimum = "2000", maximum = "2100", required = true) int year,
            @Schema(description = "期间 / Period", maxLength = 40, nullable = true, required = true) String period,
            @Schema(required = true) VersionView current,
            @Schema(description = "较早的版本，新的在前 / Earlier versions, newest first", maxItems = 100, required = true)
            List<VersionView> earlierVersions,
            @Schema(description = "首次公开时间 / First published", nullable = true, format = "date-time", maxLength = 35, required = true) Instant publishedAt,
            @Schema(description = "撤回时间 / Withdrawn", nullable = true, format = "date-time", maxLength = 35, required = true) Instant withdrawnAt,
            @Schema(description = "撤回理由 / Why withdrawn", maxLength = 500, nullable = true, required = true)
            String withdrawalReason) {
    }

    @Schema(name = "DisclosureSummary", description = "列表中的公开文件 / A document in the list")
    public record SummaryView(
            @Schema(required = true) UUID id,
            @Schema(description = "类别 / Kind", examples = "work_report", maxLength = 30, required = true) String kind,
            @Schema(description = "标题（当前版本）/ Title of the current version", maxLength = 200, required = true)
            String title,
            @Schema(required = true) UnionRef union,
            @Schema(description = "年度 / Year", examples = "2026", minimum = "2000", maximum = "2100", required = true) int year,
            @Schema(description = "期间 / Period", maxLength = 40, nullable = true, required = true) String period,
            @Schema(description = "当前版本号 / Current version", examples = "1", minimum = "1", maximum = "10000", required = true) int version,
            @Schema(required = true) Instant publishedAt) {
    }

    @Schema(name = "AdminDisclosureSummary", description = "干部列表中的公开文件，含草稿和已撤回的 / A document in the officers' "
            + "list, drafts and withdrawn ones included")
    public record OfficerSummaryView(
            @Schema(required = true) UUID id,
            @Schema(description = "类别 / Kind", examples = "work_report", maxLength = 30, required = true) String kind,
            @Schema(description = "状态 / Status", enumeration = {"draft", "published", "withdrawn"}, required = true)
            String status,
            @Schema(description = "标题（当前版本）/ Title of the current version", maxLength = 200, required = true)
            String title,
            @Schema(required = true) UnionRef union,
            @Schema(description = "年度 / Year", examples = "2026", minimum = "2000", maximum = "2100", required = true) int year,
            @Schema(description = "期间 / Period", maxLength = 40, nullable = true, required = true) String period,
            @Schema(description = "当前版本号 / Current version", examples = "1", minimum = "1", maximum = "10000", required = true) int version,
            @Schema(description = "创建时间 / Created", format = "date-time", maxLength = 35, required = true) Instant createdAt,
            @Schema(description = "首次公开时间 / First published", nullable = true, format = "date-time", maxLength = 35, required = true) Instant publishedAt,
            @Schema(description = "撤回时间 / Withdrawn", nullable = true, format = "date-time", maxLength = 35, required = true) Instant withdrawnAt) {
    }
}
