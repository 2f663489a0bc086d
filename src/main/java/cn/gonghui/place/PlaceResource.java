package cn.gonghui.place;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import cn.gonghui.platform.openapi.PublicAccess;
import cn.gonghui.platform.http.ContentTagged;
import cn.gonghui.place.PlaceViews.FacilityView;
import cn.gonghui.place.PlaceViews.StationView;
import cn.gonghui.place.PlaceViews.StreetView;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.i18n.RequestLocale;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public directory of places: anyone may read where the offline step can happen. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "places")
@PermitAll
public class PlaceResource {

    private final PlaceDirectory directory;
    private final StationSlots slots;
    private final RequestLocale locale;

    public PlaceResource(PlaceDirectory directory, StationSlots slots, RequestLocale locale) {
        this.directory = directory;
        this.slots = slots;
        this.locale = locale;
    }

    @GET
    @Path("/streets")
    @Operation(operationId = "listStreets", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "街道列表 / List streets",
            description = "各区的街道总工会，按区和官方顺序排列。带 ETag；If-None-Match 命中时返回 304。/ Street unions, "
                    + "by district and official order. With an ETag; 304 when If-None-Match matches.")
    @APIResponse(responseCode = "200", description = "街道 / Streets",
            headers = @Header(name = "ETag", description = "内容的标签；下次带 If-None-Match 询问 / Tag of the content; ask again "
                    + "with If-None-Match", schema = @Schema(maxLength = 40)))
    @ContentTagged
    public Page<StreetView> streets(
            @QueryParam("districtCode") @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
            @Parameter(description = "只看这个区 / Only this district", example = "xicheng",
                    schema = @Schema(maxLength = 40, pattern = "^[a-z][a-z0-9-]*$"))
            String districtCode,
            @Valid @BeanParam PageParams page) {
        return directory.streets(Optional.ofNullable(districtCode), page);
    }

    @GET
    @Path("/facilities")
    @Operation(operationId = "listFacilities", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "设施列表 / List facilities",
            description = "服务站可提供的设施和服务，可用作服务站列表的筛选条件。/ What a station can offer; "
                    + "the codes filter the station list.")
    @APIResponse(responseCode = "200", description = "设施 / Facilities")
    public Page<FacilityView> facilities(@Valid @BeanParam PageParams page) {
        return directory.facilities(page, locale.get());
    }

    @GET
    @Path("/stations")
    @Operation(operationId = "listStations", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "服务站列表 / List stations",
            description = "可按街道和设施筛选；给出 lat/lng 时由近到远排列并返回距离，radiusKm 限定范围。/ Filter by street "
                    + "and facilities; with lat/lng, nearest first with the distance, optionally within radiusKm.")
    @APIResponse(responseCode = "200", description = "服务站 / Stations")
    public Page<StationView> stations(@Valid @BeanParam StationFilter filter, @Valid @BeanParam PageParams page) {
        return directory.stations(filter, page, locale.get());
    }

    @GET
    @Path("/stations/{id}")
    @Operation(operationId = "getStation", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "服务站详情 / Get a station",
            description = "带 ETag；If-None-Match 命中时返回 304。/ With an ETag; 304 when If-None-Match matches.")
    @APIResponse(responseCode = "200", description = "服务站 / The station",
            headers = @Header(name = "ETag", description = "当前版本 / Current version", schema = @Schema(maxLength = 40)),
            content = @Content(schema = @Schema(implementation = StationView.class)))
    @APIResponse(responseCode = "304", description = "未修改 / Not modified")
    @APIResponse(responseCode = "404", description = "服务站不存在 / No such station")
    public Response station(
            @PathParam("id") @Parameter(description = "服务站编号 / Station id")
            UUID id,
            @jakarta.ws.rs.core.Context Request request) {
        Versioned<StationView> station = directory.station(id, locale.get())
                .orElseThrow(() -> ApiProblem.notFound("STATION_NOT_FOUND", id));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(station.tag());
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(station.view()).tag(station.tag()).build();
    }

    @GET
    @Path("/stations/{id}/slots")
    @Operation(operationId = "listStationSlots", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "可预约时段 / Bookable slots",
            description = "from 到 to（北京时间日期，含两端，最多 31 天，from 不早于今天；默认从今天起 7 天）内尚未开始的时段，"
                    + "由每周开放时间和时段长度生成，闭站日除外；remaining 为 0 表示已约满。/ The slots not yet started from "
                    + "`from` to `to` (Beijing dates, both included, at most 31 days, `from` not before today; by default "
                    + "the 7 days from today), made from the weekly opening hours and the slot length, closed days left "
                    + "out; `remaining` 0 means full.")
    @APIResponse(responseCode = "200", description = "时段，按开始时间 / Slots, by start time")
    @StationNotFoundResponse
    public Page<SlotView> slots(
            @PathParam("id") @Parameter(description = "服务站编号 / Station id")
            UUID id,
            @QueryParam("from") @Parameter(description = "第一天（北京时间），默认今天 / First day (Beijing), today by default",
                    example = "2026-11-23")
            LocalDate from,
            @QueryParam("to") @Parameter(description = "最后一天（北京时间），默认 from 后第 6 天 / Last day (Beijing), by "
                    + "default 6 days after from", example = "2026-11-29")
            LocalDate to,
            @Valid @BeanParam PageParams page) {
        return slots.available(id, from, to, page);
    }
}
