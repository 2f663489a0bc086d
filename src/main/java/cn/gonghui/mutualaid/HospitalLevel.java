package cn.gonghui.mutualaid;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The grade of a hospital (一级、二级、三级医院): a plan pays each at its own rate. */
@Schema(name = "HospitalLevel", description = "医院等级 / Hospital level", type = SchemaType.STRING,
        enumeration = {"primary", "secondary", "tertiary"})
public enum HospitalLevel {
    PRIMARY, SECONDARY, TERTIARY;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static HospitalLevel ofCode(String code) {
        for (HospitalLevel level : values()) {
            if (level.code().equals(code)) {
                return level;
            }
        }
        throw new IllegalArgumentException("Unknown hospital level " + code);
    }
}
