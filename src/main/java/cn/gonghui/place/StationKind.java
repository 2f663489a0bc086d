package cn.gonghui.place;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** The kinds of place where the offline step happens. */
public enum StationKind {
    /** 街道工会服务站 */
    UNION_SERVICE_STATION("union_service_station"),
    /** 户外劳动者服务站 / 暖心驿站 */
    OUTDOOR_WORKERS_STATION("outdoor_workers_station"),
    /** 发卡银行网点 */
    BANK_BRANCH("bank_branch");

    private final String code;

    StationKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    static StationKind ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown station kind " + code));
    }

    @Converter(autoApply = true)
    public static class AsText implements AttributeConverter<StationKind, String> {

        @Override
        public String convertToDatabaseColumn(StationKind kind) {
            return kind == null ? null : kind.code;
        }

        @Override
        public StationKind convertToEntityAttribute(String code) {
            return code == null ? null : ofCode(code);
        }
    }
}
