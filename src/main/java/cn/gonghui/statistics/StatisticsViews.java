package cn.gonghui.statistics;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The officers' statistics as JSON, and the same figures as the rows of a CSV or XLSX sheet. */
public final class StatisticsViews {

    private StatisticsViews() {
    }

    /** A statistic's figures as a sheet: a header row, then one row per group. */
    interface Tabular {
        String sheetName();

        List<String> header();

        List<List<Object>> rows();
    }

    @Schema(name = "ApplicationStatistics", description = "申请统计：按所选维度分组，只含调用者辖区 / Application figures, "
            + "grouped as asked, within the caller's streets")
    public record ApplicationStatisticsView(
            @Schema(description = "起始日（含，北京时间，按提交日）/ First day of submission, inclusive", required = true)
            java.time.LocalDate from,
            @Schema(description = "结束日（含）/ Last day, inclusive", required = true) java.time.LocalDate to,
            @Schema(description = "分组维度 / Grouped by", enumeration = {"street", "service", "status", "month"},
                    required = true) String groupBy,
            @Schema(description = "各组 / The groups", maxItems = 1000, required = true)
            List<ApplicationGroupView> items) implements Tabular {

        @Override
        public String sheetName() {
            return "applications";
        }

        @Override
        public List<String> header() {
            return List.of("key", "label", "received", "finished", "open", "overdue", "onTimeShare",
                    "medianHandlingDays", "p90HandlingDays", "ratings", "averageRating");
        }

        @Override
        public List<List<Object>> rows() {
            List<List<Object>> rows = new ArrayList<>();
            for (ApplicationGroupView group : items) {
                rows.add(cells(group.key(), group.label(), group.received(), group.finished(), group.open(),
                        group.overdue(), group.onTimeShare(), group.medianHandlingDays(), group.p90HandlingDays(),
                        group.ratings(), group.averageRating()));
            }
            return rows;
        }
    }

    @Schema(name = "ApplicationGroup", description = "一组申请的数字 / The figures of one group of applications")
    public record ApplicationGroupView(
            @Schema(description = "分组键：街道代码、服务代码、状态或月份 / The key: street code, service code, status or month",
                    examples = "desheng", maxLength = 60, required = true) String key,
            @Schema(description = "显示名 / Label", examples = "德胜", maxLength = 100, required = true) String label,
            @Schema(description = "期间提交的申请数 / Applications submitted in the range", examples = "42", minimum = "0", maximum = "100000000", required = true)
            long received,
            @Schema(description = "其中已结束（办结、不予办理或撤回）/ Of them closed: completed, rejected or withdrawn",
                    examples = "30", minimum = "0", maximum = "100000000", required = true) long finished,
            @Schema(description = "其中仍在办理 / Of them still open", examples = "12", minimum = "0", maximum = "100000000", required = true) long open,
            @Schema(description = "仍在办理且已超过预计办结日 / Open and past their expected day", examples = "2",
                    minimum = "0", maximum = "100000000", required = true) long overdue,
            @Schema(description = "已结束中按时的比例 / Share of the closed ones closed by their expected day",
                    examples = "0.90", maxLength = 4, pattern = "^[01]\\.\\d{2}$", nullable = true, required = true)
            String onTimeShare,
            @Schema(description = "办理天数中位数（自然日）/ Median calendar days to closing", examples = "4.0",
                    nullable = true, required = true) Double medianHandlingDays,
            @Schema(description = "办理天数 90 分位 / 90th percentile of the days to closing", examples = "9.1",
                    nullable = true, required = true) Double p90HandlingDays,
            @Schema(description = "评价条数 / Ratings given", examples = "20", minimum = "0", maximum = "100000000", required = true) long ratings,
            @Schema(description = "平均分 / Average rating", examples = "4.35", maxLength = 4, pattern = "^\\d\\.\\d{2}$",
                    nullable = true, required = true) String averageRating) {
    }

    @Schema(name = "MemberStatistics", description = "会员统计：只含调用者辖区 / Member figures within the caller's streets")
    public record MemberStatisticsView(
            @Schema(description = "起始日（含）/ First day, inclusive", required = true) java.time.LocalDate from,
            @Schema(description = "结束日（含）/ Last day, inclusive", required = true) java.time.LocalDate to,
            @Schema(description = "分组维度 / Grouped by", enumeration = {"street", "month"}, required = true) String groupBy,
            @Schema(description = "各组 / The groups", maxItems = 1000, required = true)
            List<MemberGroupView> items) implements Tabular {

        @Override
        public String sheetName() {
            return "members";
        }

        @Override
        public List<String> header() {
            return List.of("key", "label", "joined", "transferredIn", "transferredOut", "active", "activityRegistered",
                    "activityAttended");
        }

        @Override
        public List<List<Object>> rows() {
            List<List<Object>> rows = new ArrayList<>();
            for (MemberGroupView group : items) {
                rows.add(cells(group.key(), group.label(), group.joined(), group.transferredIn(), group.transferredOut(),
                        group.active(), group.activityRegistered(), group.activityAttended()));
            }
            return rows;
        }
    }

    @Schema(name = "MemberGroup", description = "一组会员的数字 / The figures of one group")
    public record MemberGroupView(
            @Schema(description = "街道代码或月份 / Street code or month", examples = "desheng", maxLength = 40,
                    required = true) String key,
            @Schema(description = "显示名 / Label", examples = "德胜", maxLength = 100, required = true) String label,
            @Schema(description = "期间入会 / Joined in the range", examples = "15", minimum = "0", maximum = "100000000", required = true) long joined,
            @Schema(description = "期间转入 / Transferred in", examples = "3", minimum = "0", maximum = "100000000", required = true) long transferredIn,
            @Schema(description = "期间转出 / Transferred out", examples = "1", minimum = "0", maximum = "100000000", required = true) long transferredOut,
            @Schema(description = "现有在册会员（按街道分组时；按月分组为 null）/ Active members now, by street; null by month",
                    examples = "230", nullable = true, minimum = "0", maximum = "100000000", required = true) Long active,
            @Schema(description = "期间开始的活动中确认了名额的报名（含已签到和缺席的；不含候补、退出和已取消活动）/ Registrations "
                    + "holding a place in activities starting in the range: checked in and no-shows included; waitlisted, "
                    + "given-up ones and called-off activities not", examples = "48", minimum = "0", maximum = "100000000",
                    required = true) long activityRegistered,
            @Schema(description = "其中已签到 / Of them checked in", examples = "41", minimum = "0", maximum = "100000000",
                    required = true) long activityAttended) {
    }

    private static List<Object> cells(Object... values) {
        List<Object> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value);
        }
        return cells;
    }
}
