package cn.gonghui.activity;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the public activity list: {@code ?streetCode=&districtCode=&from=&to=&openNow=&lat=&lng=}.
 * The officers' list takes the same place and date filters (and its own status).
 */
public class ActivityFilter {

    @QueryParam("streetCode")
    @Size(max = 40)
    @Pattern(regexp = ActivityRequests.CODE)
    @Parameter(description = "这个街道的活动，及其所在区的全区活动 / This street's activities and its district's "
            + "district-wide ones", example = "desheng", schema = @Schema(maxLength = 40, pattern = ActivityRequests.CODE))
    String streetCode;

    @QueryParam("districtCode")
    @Size(max = 40)
    @Pattern(regexp = ActivityRequests.CODE)
    @Parameter(description = "这个区的全部活动 / Every activity of this district", example = "xicheng",
            schema = @Schema(maxLength = 40, pattern = ActivityRequests.CODE))
    String districtCode;

    @QueryParam("from")
    @Parameter(description = "开始日期不早于（北京时间）/ Starting on or after this day (Beijing)", example = "2026-12-01")
    LocalDate from;

    @QueryParam("to")
    @Parameter(description = "开始日期不晚于（北京时间）/ Starting on or before this day (Beijing)", example = "2026-12-31")
    LocalDate to;

    public ActivityFilter() {
    }

    ActivityFilter(String streetCode, String districtCode, LocalDate from, LocalDate to) {
        this.streetCode = streetCode;
        this.districtCode = districtCode;
        this.from = from;
        this.to = to;
    }

    Optional<String> streetCode() {
        return Optional.ofNullable(streetCode);
    }

    Optional<String> districtCode() {
        return Optional.ofNullable(districtCode);
    }

    Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    void requireDatesInOrder() {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalidField("to", "BEFORE_FROM");
        }
    }

    /** The public list's own filters, a second bean parameter: sign-up open now, and the point to measure from. */
    public static class Nearby {

        @QueryParam("openNow")
        @Parameter(description = "只看此刻可报名的 / Only those open for sign-up now")
        Boolean openNow;

        @QueryParam("lat")
        @DecimalMin("-90")
        @DecimalMax("90")
        @Parameter(description = "当前位置纬度（WGS 84）；给出时由近到远，无位置的活动排在最后 / Latitude of the caller: "
                + "nearest first, activities without a location last", example = "39.95",
                schema = @Schema(minimum = "-90", maximum = "90", format = "double"))
        Double lat;

        @QueryParam("lng")
        @DecimalMin("-180")
        @DecimalMax("180")
        @Parameter(description = "当前位置经度（WGS 84）/ Longitude of the caller (WGS 84)", example = "116.37",
                schema = @Schema(minimum = "-180", maximum = "180", format = "double"))
        Double lng;

        boolean openNow() {
            return Boolean.TRUE.equals(openNow);
        }

        /** The point to measure from, when the caller gave one; half a point is an error. */
        Optional<double[]> origin() {
            List<FieldError> missing = new ArrayList<>();
            if (lat != null && lng == null) {
                missing.add(FieldError.of("lng", "REQUIRED_WITH_LAT"));
            }
            if (lng != null && lat == null) {
                missing.add(FieldError.of("lat", "REQUIRED_WITH_LNG"));
            }
            if (!missing.isEmpty()) {
                throw ApiProblem.invalidFields(missing);
            }
            return lat == null ? Optional.empty() : Optional.of(new double[] {lat, lng});
        }
    }
}
