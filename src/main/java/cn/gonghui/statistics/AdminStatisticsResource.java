package cn.gonghui.statistics;

import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import cn.gonghui.statistics.StatisticsViews.ApplicationStatisticsView;
import cn.gonghui.statistics.StatisticsViews.MemberStatisticsView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officers' statistics within their streets, as JSON, CSV or XLSX by Accept. */
@Path("/api/v1/admin/statistics")
@RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
@SecurityRequirement(name = "officer")
@Produces({MediaType.APPLICATION_JSON, SheetFormats.CSV, SheetFormats.XLSX})
@Tag(name = "admin")
public class AdminStatisticsResource {

    private static final String FORMATS = " 按 Accept 以 JSON、CSV（UTF-8，带 BOM）或 XLSX 应答。/ Answered as JSON, CSV (UTF-8 with a BOM) "
            + "or XLSX by Accept.";
    private static final String APPLICATIONS_EXAMPLE = """
            {"from": "2026-01-01", "to": "2026-12-06", "groupBy": "street", "items": [
              {"key": "desheng", "label": "德胜", "received": 42, "finished": 30, "open": 12, "overdue": 2,
               "onTimeShare": "0.90", "medianHandlingDays": 4.0, "p90HandlingDays": 9.1, "ratings": 20,
               "averageRating": "4.35"}]}""";
    private static final String MEMBERS_EXAMPLE = """
            {"from": "2026-01-01", "to": "2026-12-06", "groupBy": "street", "items": [
              {"key": "desheng", "label": "德胜", "joined": 15, "transferredIn": 3, "transferredOut": 1, "active": 230,
               "activityRegistered": 48, "activityAttended": 41}]}""";

    private final ApplicationStatistics applications;
    private final MemberStatistics members;
    private final Caller caller;
    private final Clock clock;

    public AdminStatisticsResource(ApplicationStatistics applications, MemberStatistics members, Caller caller,
            Clock clock) {
        this.applications = applications;
        this.members = members;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("/applications")
    @Operation(operationId = "getApplicationStatistics", summary = "申请统计 / Application statistics",
            description = "调用者辖区内、期间内提交的申请（街道干部：其街道；区干部：全区，可按街道分组；管理员：全部）：收件、办结、"
                    + "在办、超期、按时办结比例、办理天数中位数和 90 分位、评价。默认最近 12 个月。" + FORMATS
                    + " / The applications submitted in the range within the caller's streets (a street officer: theirs; "
                    + "a district officer: the district, by street if asked; an administrator: all): received, closed, "
                    + "open, overdue, on-time share, median and 90th percentile of the handling days, ratings. The last "
                    + "12 months by default.")
    @APIResponse(responseCode = "200", description = "统计 / The figures", headers = @Header(name = "Content-Disposition",
            description = "CSV 和 XLSX 的文件名 / The file name of CSV and XLSX", schema = @Schema(maxLength = 100)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationStatisticsView.class),
                    examples = @ExampleObject(name = "byStreet", value = APPLICATIONS_EXAMPLE)),
                    @Content(mediaType = SheetFormats.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 1000000),
                            examples = @ExampleObject(name = "csv", value = "key,label,received,finished,open,overdue,"
                                    + "onTimeShare,medianHandlingDays,p90HandlingDays,ratings,averageRating\r\n"
                                    + "desheng,德胜,42,30,12,2,0.90,4.0,9.1,20,4.35\r\n")),
                    @Content(mediaType = SheetFormats.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10000000))})
    public Response applications(
            @QueryParam("from") @Parameter(description = "起始日（含，北京时间）/ First day, inclusive (Beijing)",
                    example = "2026-01-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "结束日（含），默认今天 / Last day, inclusive; today by default",
                    example = "2026-12-06") LocalDate to,
            @QueryParam("groupBy") @Pattern(regexp = "^(street|service|status|month)$")
            @Parameter(description = "分组，默认 street / Grouped by, street by default",
                    schema = @Schema(enumeration = {"street", "service", "status", "month"}, maxLength = 7))
            String groupBy,
            @Context HttpHeaders headers) {
        ApplicationStatistics.GroupBy by = ApplicationStatistics.GroupBy.valueOf(
                (groupBy == null ? "street" : groupBy).toUpperCase(Locale.ROOT));
        LocalDate today = BeijingTime.today(clock);
        ApplicationStatisticsView figures = applications.figures(caller.dataScope(), StatisticsRange.of(from, to, today),
                by, today);
        return SheetFormats.answer(figures, headers);
    }

    @GET
    @Path("/members")
    @Operation(operationId = "getMemberStatistics", summary = "会员统计 / Member statistics",
            description = "调用者辖区内期间的入会、转入、转出，按街道分组时现有在册会员数，以及期间开始的活动的报名和签到（街道活动"
                    + "算其街道，全区活动算报名会员所在街道）。默认最近 12 个月。" + FORMATS + " / Joins, transfers in and out in the "
                    + "range within the caller's streets, by street the active members now, and the registrations and "
                    + "check-ins of the activities starting in the range (a street's activity counts for its street, a "
                    + "district-wide one for the registrant's union street). The last 12 months by default.")
    @APIResponse(responseCode = "200", description = "统计 / The figures", headers = @Header(name = "Content-Disposition",
            description = "CSV 和 XLSX 的文件名 / The file name of CSV and XLSX", schema = @Schema(maxLength = 100)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MemberStatisticsView.class),
                    examples = @ExampleObject(name = "byStreet", value = MEMBERS_EXAMPLE)),
                    @Content(mediaType = SheetFormats.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 1000000),
                            examples = @ExampleObject(name = "csv", value = "key,label,joined,transferredIn,"
                                    + "transferredOut,active,activityRegistered,activityAttended\r\ndesheng,德胜,15,3,1,230,48,41\r\n")),
                    @Content(mediaType = SheetFormats.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10000000))})
    public Response members(
            @QueryParam("from") @Parameter(description = "起始日（含，北京时间）/ First day, inclusive (Beijing)",
                    example = "2026-01-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "结束日（含），默认今天 / Last day, inclusive; today by default",
                    example = "2026-12-06") LocalDate to,
            @QueryParam("groupBy") @Pattern(regexp = "^(street|month)$")
            @Parameter(description = "分组，默认 street / Grouped by, street by default",
                    schema = @Schema(enumeration = {"street", "month"}, maxLength = 6)) String groupBy,
            @Context HttpHeaders headers) {
        MemberStatistics.GroupBy by = MemberStatistics.GroupBy.valueOf(
                (groupBy == null ? "street" : groupBy).toUpperCase(Locale.ROOT));
        MemberStatisticsView figures = members.figures(caller.dataScope(),
                StatisticsRange.of(from, to, BeijingTime.today(clock)), by);
        return SheetFormats.answer(figures, headers);
    }
}
