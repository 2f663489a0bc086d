package cn.gonghui.privacy.rights;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a member consents to their personal data being used for: one purpose per request line
 * (each service names its purpose). Legal aid and hardship handle sensitive personal information
 * (income, health, household, disputes), which PIPL art. 29 lets us process only with a separate
 * consent: no purpose ever stands in for another, so a consent to membership never covers them.
 */
@Schema(name = "ConsentPurpose", description = "同意的用途 / What the consent is for", type = SchemaType.STRING,
        enumeration = {"membership", "legal-aid", "hardship", "card", "mutual-aid"})
public enum Purpose {
    MEMBERSHIP("membership", false),
    LEGAL_AID("legal-aid", true),
    HARDSHIP("hardship", true),
    CARD("card", false),
    /** Hospital stays, costs and insurance settlements: health information, sensitive. */
    MUTUAL_AID("mutual-aid", true);

    private final String code;
    private final boolean sensitive;

    Purpose(String code, boolean sensitive) {
        this.code = code;
        this.sensitive = sensitive;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Whether it covers sensitive personal information, and so needs its own, separate consent. */
    public boolean sensitive() {
        return sensitive;
    }

    public static Optional<Purpose> ofCode(String code) {
        for (Purpose purpose : values()) {
            if (purpose.code.equals(code)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }

    @Converter(autoApply = true)
    public static class AsText implements AttributeConverter<Purpose, String> {

        @Override
        public String convertToDatabaseColumn(Purpose purpose) {
            return purpose == null ? null : purpose.code;
        }

        @Override
        public Purpose convertToEntityAttribute(String code) {
            return code == null ? null : ofCode(code).orElseThrow(() -> new IllegalStateException("Unknown purpose " + code));
        }
    }
}
