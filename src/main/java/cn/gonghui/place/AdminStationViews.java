package cn.gonghui.place;

import cn.gonghui.place.PlaceViews.FacilityView;
import cn.gonghui.place.PlaceViews.GeoPoint;
import cn.gonghui.place.PlaceViews.OpeningPeriodView;
import cn.gonghui.place.PlaceViews.StreetView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What administrators send and see of stations, beyond the public directory. */
public final class AdminStationViews {

    /** Upcoming closed days shown with a station; the API accepts none further ahead than a year. */
    static final int MAX_CLOSED_DAYS = 366;

    private AdminStationViews() {
    }

    @Schema(name = "ClosedDayRequest", description = "闭站日 / A day the station is closed")
    public record ClosedDayRequest(
            @NotBlank @Size(max = 200)
            @Schema(description = "原因 / Reason", examples = "春节放假", maxLength = 200, required = true)
            String reason) {
    }

    @Schema(name = "ClosedDay", description = "闭站日：当天不提供预约时段 / A closed day: no slots that day")
    public record ClosedDayView(
            @Schema(description = "日期（北京时间）/ Date, Beijing", examples = "2027-02-06", format = "date", maxLength = 10)
            LocalDate date,
            @Schema(description = "原因 / Reason", examples = "春节放假", maxLength = 200)
            String reason) {

        static ClosedDayView of(ClosedDay day) {
            return new ClosedDayView(day.closedOn, day.reason);
        }
    }

    @Schema(name = "AdminStation", description = "管理员看到的服务站，含预约设置和今后的闭站日 / A station as administrators "
            + "see it, with its slot settings and upcoming closed days")
    public record AdminStationView(
            @Schema(description = "服务站编号 / Station id")
            UUID id,
            @Schema(description = "名称 / Name", examples = "德胜街道户外劳动者服务站", maxLength = 100)
            String name,
            @Schema(description = "类型 / Kind", examples = "outdoor_workers_station", type = SchemaType.STRING,
                    enumeration = {"union_service_station", "outdoor_workers_station", "bank_branch"})
            StationKind kind,
            StreetView street,
            @Schema(description = "地址 / Address", examples = "北京市西城区德外大街（临街）", maxLength = 200)
            String address,
            GeoPoint location,
            @Schema(description = "建筑面积（平方米）/ Floor area in m²", examples = "625.0", minimum = "0",
                    maximum = "9999999.9", nullable = true)
            BigDecimal floorAreaSqm,
            @Schema(description = "启用日期 / Opened on", examples = "2016-04-12", format = "date", maxLength = 10, nullable = true)
            LocalDate openedOn,
            @Schema(description = "联系电话 / Phone", examples = "010-12345678", maxLength = 40, nullable = true)
            String phone,
            @Schema(description = "介绍 / Description", maxLength = 2000, nullable = true)
            String description,
            @Schema(description = "设施与服务 / Facilities and services", maxItems = 50)
            List<FacilityView> facilities,
            @Schema(description = "每周开放时间 / Weekly opening hours", maxItems = 50)
            List<OpeningPeriodView> openingHours,
            @Schema(description = "每个预约时段的分钟数 / Minutes of an appointment slot", examples = "30", minimum = "10",
                    maximum = "240", format = "int32")
            int slotMinutes,
            @Schema(description = "每个时段可接待人数 / People one slot receives", examples = "2", minimum = "1",
                    maximum = "50", format = "int32")
            int slotCapacity,
            @Schema(description = "今天起的闭站日 / Closed days from today on", maxItems = MAX_CLOSED_DAYS)
            List<ClosedDayView> closedDays,
            @Schema(description = "是否演示数据 / Whether this is demo data", examples = "false")
            boolean demo,
            @Schema(description = "创建时间 / Created at")
            Instant createdAt,
            @Schema(description = "最后修改时间 / Last changed at")
            Instant updatedAt) {

        static AdminStationView of(Station station, List<ClosedDay> closedDays, Locale locale) {
            return new AdminStationView(station.id, station.name, station.kind, StreetView.of(station.street),
                    station.address, new GeoPoint(station.latitude, station.longitude), station.floorAreaSqm,
                    station.openedOn, station.phone, station.description,
                    station.facilities.stream().map(facility -> FacilityView.of(facility, locale)).toList(),
                    station.openingHours.stream().map(OpeningPeriodView::of).toList(),
                    station.slotMinutes, station.slotCapacity,
                    closedDays.stream().map(ClosedDayView::of).toList(), station.demo, station.createdAt,
                    station.updatedAt);
        }
    }
}
