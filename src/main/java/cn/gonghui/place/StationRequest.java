package cn.gonghui.place;

import cn.gonghui.platform.text.MultiLineText;
import cn.gonghui.place.PlaceViews.GeoPoint;
import cn.gonghui.place.PlaceViews.OpeningPeriodView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything an administrator says about a station, whole: creating takes it, and a change
 * replaces every field with it (a field left out of a change is cleared, not kept).
 */
@Schema(name = "StationRequest", description = "服务站的全部可编辑内容；修改时整体替换 / Everything editable of a station; "
        + "a change replaces it whole")
public record StationRequest(
        @NotNull @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
        @Schema(description = "所属街道代码 / Code of the station's street", examples = "desheng", maxLength = 40,
                pattern = "^[a-z][a-z0-9-]*$")
        String streetCode,
        @NotBlank @Size(max = 100)
        @Schema(description = "名称 / Name", examples = "德胜街道户外劳动者服务站", maxLength = 100)
        String name,
        @NotNull
        @Schema(description = "类型 / Kind", examples = "outdoor_workers_station", type = SchemaType.STRING,
                enumeration = {"union_service_station", "outdoor_workers_station", "bank_branch"})
        StationKind kind,
        @NotBlank @Size(max = 200)
        @Schema(description = "地址 / Address", examples = "北京市西城区德外大街（临街）", maxLength = 200)
        String address,
        @NotNull @Valid
        GeoPoint location,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 7, fraction = 1)
        @Schema(description = "建筑面积（平方米，一位小数）/ Floor area in m², one decimal", examples = "625.0",
                minimum = "0", exclusiveMinimum = true, maximum = PlaceViews.MAX_FLOOR_AREA_SQM, nullable = true)
        BigDecimal floorAreaSqm,
        @Schema(description = "启用日期 / Opened on", examples = "2016-04-12", format = "date", maxLength = 10, nullable = true)
        LocalDate openedOn,
        @Size(max = 40) @Pattern(regexp = StationRequest.PHONE)
        @Schema(description = "联系电话 / Phone", examples = "010-12345678", maxLength = 40, pattern = StationRequest.PHONE,
                nullable = true)
        String phone,
        @Size(max = 2000)
        @Schema(description = "介绍 / Description", maxLength = 2000, nullable = true)
        @MultiLineText String description,
        @NotNull @Size(max = 50)
        @Schema(description = "设施与服务的代码 / Codes of the facilities and services", maxItems = 50,
                examples = "[\"microwave\", \"hot_water\"]")
        List<@NotNull @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9_]*$") String> facilities,
        @NotNull @Size(max = 50)
        @Schema(description = "每周开放时间，北京时间；同一天的时段不得重叠 / Weekly opening hours in Beijing time; "
                + "periods of a day must not overlap", maxItems = 50)
        List<@NotNull @Valid OpeningPeriodView> openingHours,
        @NotNull @Min(10) @Max(240)
        @Schema(description = "每个预约时段的分钟数 / Minutes of an appointment slot", examples = "30", minimum = "10",
                maximum = "240", format = "int32")
        Integer slotMinutes,
        @NotNull @Min(1) @Max(50)
        @Schema(description = "每个时段可接待人数 / People one slot receives", examples = "2", minimum = "1", maximum = "50",
                format = "int32")
        Integer slotCapacity) {

    static final String PHONE = "^\\+?[0-9][0-9 ()-]{1,37}[0-9]$";
}
