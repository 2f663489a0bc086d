package cn.gonghui.place;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the station list: {@code ?streetCode=&facility=&lat=&lng=&radiusKm=}. */
public class StationFilter {

    /** The contract's type of one {@code facility} value. */
    @Schema(name = "FacilityCode", type = SchemaType.STRING, maxLength = 40, pattern = "^[a-z][a-z0-9_]*$",
            description = "设施代码 / Facility code", examples = "microwave")
    static final class FacilityCode {
        private FacilityCode() {
        }
    }

    @QueryParam("streetCode")
    @Size(max = 40)
    @Pattern(regexp = "^[a-z][a-z0-9-]*$")
    @Parameter(description = "只看这个街道的服务站 / Only stations of this street", example = "desheng",
            schema = @Schema(maxLength = 40, pattern = "^[a-z][a-z0-9-]*$"))
    String streetCode;

    @QueryParam("facility")
    @Size(max = 10)
    @Parameter(description = "必须具备的设施，可重复 / Facilities a station must have; repeatable",
            schema = @Schema(type = SchemaType.ARRAY, implementation = FacilityCode.class, maxItems = 10))
    List<@Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9_]*$") String> facility = new ArrayList<>();

    @QueryParam("lat")
    @DecimalMin("-90")
    @DecimalMax("90")
    @Parameter(description = "当前位置纬度（WGS 84）；给出时按距离由近到远 / Latitude of the caller (WGS 84): nearest first",
            example = "39.95", schema = @Schema(minimum = "-90", maximum = "90", format = "double"))
    Double lat;

    @QueryParam("lng")
    @DecimalMin("-180")
    @DecimalMax("180")
    @Parameter(description = "当前位置经度（WGS 84）/ Longitude of the caller (WGS 84)", example = "116.37",
            schema = @Schema(minimum = "-180", maximum = "180", format = "double"))
    Double lng;

    @QueryParam("radiusKm")
    @DecimalMin("0.1")
    @DecimalMax("100")
    @Parameter(description = "只看此半径（公里）内的服务站，需同时给出 lat/lng / Only within this radius in km; needs lat/lng",
            example = "3", schema = @Schema(minimum = "0.1", maximum = "100", format = "double"))
    Double radiusKm;

    public StationFilter() {
    }

    StationFilter(String streetCode, List<String> facility, Double lat, Double lng, Double radiusKm) {
        this.streetCode = streetCode;
        this.facility = facility;
        this.lat = lat;
        this.lng = lng;
        this.radiusKm = radiusKm;
    }

    /** The point to measure from, when the caller gave one; half a point is an error. */
    Optional<PlaceViews.GeoPoint> origin() {
        List<FieldError> missing = new ArrayList<>();
        if (lat != null && lng == null) {
            missing.add(FieldError.of("lng", "REQUIRED_WITH_LAT"));
        }
        if (lng != null && lat == null) {
            missing.add(FieldError.of("lat", "REQUIRED_WITH_LNG"));
        }
        if (radiusKm != null && (lat == null || lng == null)) {
            missing.add(FieldError.of("radiusKm", "REQUIRES_LOCATION"));
        }
        if (!missing.isEmpty()) {
            throw ApiProblem.invalidFields(missing);
        }
        return lat == null ? Optional.empty() : Optional.of(new PlaceViews.GeoPoint(lat, lng));
    }

    Optional<String> streetCode() {
        return Optional.ofNullable(streetCode);
    }

    List<String> facilities() {
        return facility == null ? List.of() : facility.stream().distinct().toList();
    }

    Optional<Double> radiusKm() {
        return Optional.ofNullable(radiusKm);
    }
}
