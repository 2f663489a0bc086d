package cn.gonghui.place;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients see of places and administrators of stations: this package's DTOs, mapped from entities. */
public final class PlaceViews {

    static final String HOUR_MINUTE = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
    /** What {@code stations.floor_area_sqm numeric(8, 1)} can hold. */
    static final String MAX_FLOOR_AREA_SQM = "9999999.9";
    /** Upcoming closed days shown with a station; the API accepts none further ahead than a year. */
    static final int MAX_CLOSED_DAYS = 366;
    private static final String DEMO = "是否演示数据 / Whether this is demo data";
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private PlaceViews() {
    }

    @Schema(name = "District", description = "区总工会 / District union")
    public record DistrictView(
            @Schema(description = "区代码 / District code", examples = "xicheng", maxLength = 40, pattern = "^[a-z][a-z0-9-]*$")
            String code,
            @Schema(description = "名称 / Name", examples = "西城区", maxLength = 40)
            String name) {
    }

    @Schema(name = "Street", description = "街道总工会；每个申请属于一个街道 / Street union; every request belongs to one")
    public record StreetView(
            @Schema(description = "街道代码（拼音）/ Street code (pinyin)", examples = "desheng", maxLength = 40,
                    pattern = "^[a-z][a-z0-9-]*$")
            String code,
            @Schema(description = "名称 / Name", examples = "德胜", maxLength = 40)
            String name,
            DistrictView district) {

        public static StreetView of(Street street) {
            return new StreetView(street.code, street.name, new DistrictView(street.district.code, street.district.name));
        }
    }

    @Schema(name = "Facility", description = "服务站设施或服务 / A facility or service of a station")
    public record FacilityView(
            @Schema(description = "设施代码 / Facility code", examples = "microwave", maxLength = 40, pattern = "^[a-z][a-z0-9_]*$")
            String code,
            @Schema(description = "名称（按 Accept-Language）/ Name in the caller's language", examples = "微波炉", maxLength = 60)
            String name) {

        static FacilityView of(Facility facility, Locale locale) {
            return new FacilityView(facility.code, facility.name(locale));
        }
    }

    @Schema(name = "OpeningPeriod", description = "每周开放时段，北京时间 / Weekly opening period, Beijing time")
    public record OpeningPeriodView(
            @NotNull
            @Schema(description = "星期 / Day of week", examples = "MONDAY")
            DayOfWeek dayOfWeek,
            @NotNull @Pattern(regexp = HOUR_MINUTE)
            @Schema(description = "开门时间 HH:mm / Opens at, HH:mm", examples = "09:00", maxLength = 5, pattern = HOUR_MINUTE)
            String opens,
            @NotNull @Pattern(regexp = HOUR_MINUTE)
            @Schema(description = "关门时间 HH:mm / Closes at, HH:mm", examples = "17:30", maxLength = 5, pattern = HOUR_MINUTE)
            String closes) {

        static OpeningPeriodView of(OpeningPeriod period) {
            return new OpeningPeriodView(period.day(), HH_MM.format(period.opens), HH_MM.format(period.closes));
        }
    }

    /** Boxed, so that a request leaving a coordinate out is refused rather than placed at 0°. */
    @Schema(name = "GeoPoint", description = "WGS 84 坐标 / WGS 84 coordinates")
    public record GeoPoint(
            @NotNull @DecimalMin("-90") @DecimalMax("90")
            @Schema(description = "纬度 / Latitude", examples = "39.956", minimum = "-90", maximum = "90", format = "double")
            Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180")
            @Schema(description = "经度 / Longitude", examples = "116.3775", minimum = "-180", maximum = "180", format = "double")
            Double lng) {
    }

    /** What every view of a station says, written once; the public and the admin view carry it flat. */
    public record StationFields(
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
                    maximum = MAX_FLOOR_AREA_SQM, nullable = true)
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
            List<OpeningPeriodView> openingHours) {

        static StationFields of(Station station, Locale locale) {
            return new StationFields(station.id, station.name, station.kind, StreetView.of(station.street),
                    station.address, new GeoPoint(station.latitude, station.longitude), station.floorAreaSqm,
                    station.openedOn, station.phone, station.description,
                    station.facilities.stream().map(facility -> FacilityView.of(facility, locale)).toList(),
                    station.openingHours.stream().map(OpeningPeriodView::of).toList());
        }
    }

    @Schema(name = "Station", description = "线下办理的地点 / A place where the offline step happens")
    @JsonPropertyOrder({"id", "name", "kind", "street", "address", "location", "floorAreaSqm", "openedOn", "phone",
            "description", "facilities", "openingHours"})
    public record StationView(
            @JsonUnwrapped
            StationFields station,
            @Schema(description = DEMO, examples = "false")
            boolean demo,
            @Schema(description = "与查询坐标的距离（米），仅在给出 lat/lng 时 / Distance in metres from lat/lng, when given",
                    examples = "850", minimum = "0", maximum = "40075000", format = "int32", nullable = true)
            Integer distanceMeters) {

        static StationView of(Station station, Integer distanceMeters, Locale locale) {
            return new StationView(StationFields.of(station, locale), station.demo, distanceMeters);
        }
    }

    @Schema(name = "AdminStation", description = "管理员看到的服务站，含预约设置和今后的闭站日 / A station as administrators "
            + "see it, with its slot settings and upcoming closed days")
    @JsonPropertyOrder({"id", "name", "kind", "street", "address", "location", "floorAreaSqm", "openedOn", "phone",
            "description", "facilities", "openingHours"})
    public record AdminStationView(
            @JsonUnwrapped
            StationFields station,
            @Schema(description = "每个预约时段的分钟数 / Minutes of an appointment slot", examples = "30", minimum = "10",
                    maximum = "240", format = "int32")
            int slotMinutes,
            @Schema(description = "每个时段可接待人数 / People one slot receives", examples = "2", minimum = "1",
                    maximum = "50", format = "int32")
            int slotCapacity,
            @Schema(description = "今天起的闭站日 / Closed days from today on", maxItems = MAX_CLOSED_DAYS)
            List<ClosedDayView> closedDays,
            @Schema(description = DEMO, examples = "false")
            boolean demo,
            @Schema(description = "创建时间 / Created at")
            Instant createdAt,
            @Schema(description = "最后修改时间 / Last changed at")
            Instant updatedAt) {

        static AdminStationView of(Station station, List<ClosedDay> closedDays, Locale locale) {
            return new AdminStationView(StationFields.of(station, locale), station.slotMinutes, station.slotCapacity,
                    closedDays.stream().map(ClosedDayView::of).toList(), station.demo, station.createdAt,
                    station.updatedAt);
        }
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
}
