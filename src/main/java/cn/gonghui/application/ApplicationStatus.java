package cn.gonghui.application;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one status model of every line (see API.md, Status model). */
@Schema(name = "ApplicationStatus", description = "申请状态 / Application status", type = SchemaType.STRING,
        enumeration = {"submitted", "accepted", "needs_info", "awaiting_appointment", "in_review", "escalated",
                "approved", "rejected", "completed", "withdrawn"})
public enum ApplicationStatus {
    SUBMITTED("submitted"),
    ACCEPTED("accepted"),
    NEEDS_INFO("needs_info"),
    AWAITING_APPOINTMENT("awaiting_appointment"),
    IN_REVIEW("in_review"),
    ESCALATED("escalated"),
    APPROVED("approved"),
    REJECTED("rejected"),
    COMPLETED("completed"),
    WITHDRAWN("withdrawn");

    private final String code;

    ApplicationStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == WITHDRAWN;
    }

    public static ApplicationStatus ofCode(String code) {
        for (ApplicationStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown status " + code);
    }

    @Converter(autoApply = true)
    public static class AsText implements AttributeConverter<ApplicationStatus, String> {

        @Override
        public String convertToDatabaseColumn(ApplicationStatus status) {
            return status == null ? null : status.code;
        }

        @Override
        public ApplicationStatus convertToEntityAttribute(String code) {
            return code == null ? null : ofCode(code);
        }
    }
}
