package cn.gonghui.place;

import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import cn.gonghui.place.PlaceViews.AdminStationView;
import cn.gonghui.place.PlaceViews.ClosedDayRequest;
import cn.gonghui.platform.error.Problem;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.i18n.RequestLocale;
import cn.gonghui.platform.idempotency.Idempotency;
import cn.gonghui.platform.idempotency.IdempotentRequest;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators manage stations: what they are, when they open, how many people a slot receives. */
@Path("/api/v1/admin/stations")
@RolesAllowed(Role.ADMIN_ROLE)
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminStationResource {

    private static final String BASE = "/api/v1/admin/stations";
    private static final String PROBLEM = Problem.MEDIA_TYPE;

    private final StationAdministration administration;
    private final Idempotency idempotency;
    private final Caller caller;
    private final RequestLocale locale;

    public AdminStationResource(StationAdministration administration, Idempotency idempotency, Caller caller,
            RequestLocale locale) {
        this.administration = administration;
        this.idempotency = idempotency;
        this.caller = caller;
        this.locale = locale;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStation", summary = "新建服务站 / Create a station",
            description = "带 Idempotency-Key 重试不会重复创建。/ Retrying with the same Idempotency-Key never creates "
                    + "twice.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            headers = {@Header(name = "ETag", ref = "ETag"),
                    @Header(name = "Location", description = "新服务站的地址 / Where the station is",
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = 200))},
            content = @Content(schema = @Schema(implementation = AdminStationView.class)))
    @APIResponse(responseCode = "422", description = "幂等键已用于另一请求（IDEMPOTENCY_KEY_REUSED）/ The "
            + "Idempotency-Key was used for another request", content = @Content(mediaType = PROBLEM,
                    schema = @Schema(ref = "Problem")))
    public Response create(
            @HeaderParam(IdempotentRequest.HEADER) @Parameter(description = "幂等键 / Idempotency key",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @NotNull @Valid StationRequest request) {
        return idempotency.execute(new IdempotentRequest(idempotencyKey, caller.subject(), "POST", BASE, request), () -> {
            Versioned<AdminStationView> created = administration.create(request, locale.get());
            return Response.created(URI.create(BASE + "/" + created.view().station().id()))
                    .entity(created.view()).tag(created.tag()).build();
        });
    }

    @GET
    @Operation(operationId = "listAdminStations", summary = "服务站列表（管理）/ List stations (admin)",
            description = "全部服务站（含演示数据），带预约设置和闭站日，按创建顺序。/ Every station, demo ones too, with "
                    + "slot settings and closed days, in creation order.")
    @APIResponse(responseCode = "200", description = "服务站 / Stations")
    public Page<AdminStationView> list(
            @QueryParam("streetCode") @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
            @Parameter(description = "只看这个街道 / Only this street", example = "desheng",
                    schema = @Schema(maxLength = 40, pattern = "^[a-z][a-z0-9-]*$")) String streetCode,
            @Valid @BeanParam PageParams page) {
        return administration.list(Optional.ofNullable(streetCode), page, locale.get());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminStation", summary = "服务站（管理）/ A station (admin)",
            description = "带 ETag，修改时放入 If-Match。/ With the ETag to send in If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "服务站 / The station", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AdminStationView.class)))
    @StationNotFoundResponse
    public Response get(@PathParam("id") @Parameter(description = "服务站编号 / Station id") UUID id) {
        return versioned(administration.get(id, locale.get()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceStation", summary = "修改服务站 / Replace a station",
            description = "整体替换可编辑内容，须带 If-Match；今后已有预约的时段改用新的可接待人数（不少于已预约人数）。/ "
                    + "Replaces everything editable and needs If-Match; booked slots to come take the new capacity "
                    + "(never below the places taken).")
    @APIResponse(responseCode = "200", description = "服务站 / The station", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AdminStationView.class)))
    @StationNotFoundResponse
    @APIResponse(responseCode = "412", description = "版本已过期（VERSION_MISMATCH）/ Stale version",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response replace(
            @PathParam("id") @Parameter(description = "服务站编号 / Station id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "上次读取的 ETag / The ETag last read", required = true,
                    schema = @Schema(maxLength = 40)) String ifMatch,
            @NotNull @Valid StationRequest request) {
        return versioned(administration.update(id, request, ifMatch, locale.get()));
    }

    @PUT
    @Path("/{id}/closed-days/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeStationOnDay", summary = "设置闭站日 / Close a station on a day",
            description = "当天不再提供预约时段；日期为今天起一年内（北京时间）。已有的预约不会自动取消。/ The day offers no "
                    + "slots; the date is from today to a year ahead (Beijing). Existing appointments are not "
                    + "cancelled by this.")
    @APIResponse(responseCode = "200", description = "服务站（新的 ETag）/ The station, with its new ETag",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AdminStationView.class)))
    @StationNotFoundResponse
    public Response closeOn(
            @PathParam("id") @Parameter(description = "服务站编号 / Station id") UUID id,
            @PathParam("date") @Parameter(description = "日期 YYYY-MM-DD（北京时间）/ Date, Beijing") LocalDate date,
            @NotNull @Valid ClosedDayRequest request) {
        return versioned(administration.closeOn(id, date, request.reason(), locale.get()));
    }

    @DELETE
    @Path("/{id}/closed-days/{date}")
    @Operation(operationId = "reopenStationOnDay", summary = "取消闭站日 / Open a station again on a day",
            description = "当天重新提供预约时段；该日本未闭站时不做任何改变。/ The day offers slots again; a day that was "
                    + "not closed is left as it is.")
    @APIResponse(responseCode = "200", description = "服务站（新的 ETag）/ The station, with its new ETag",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AdminStationView.class)))
    @StationNotFoundResponse
    public Response reopenOn(
            @PathParam("id") @Parameter(description = "服务站编号 / Station id") UUID id,
            @PathParam("date") @Parameter(description = "日期 YYYY-MM-DD（北京时间）/ Date, Beijing") LocalDate date) {
        return versioned(administration.reopenOn(id, date, locale.get()));
    }

    private static Response versioned(Versioned<AdminStationView> station) {
        return Response.ok(station.view()).tag(station.tag()).build();
    }
}
