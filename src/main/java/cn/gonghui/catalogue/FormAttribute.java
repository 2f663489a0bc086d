package cn.gonghui.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a service's form, as a district defines it (Open311's attribute): its code and
 * datatype, whether it is required, the values it may take, its order and help text. A
 * {@code sensitive} attribute (income, health, household) is stored encrypted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormAttribute(
        String code,
        Datatype datatype,
        boolean required,
        int order,
        LocalisedText label,
        LocalisedText help,
        Integer maxLength,
        String pattern,
        BigDecimal min,
        BigDecimal max,
        Integer maxItems,
        List<Choice> values,
        boolean sensitive) {

    /** An allowed value of a choice attribute. */
    public record Choice(String code, LocalisedText label) {
    }

    public enum Datatype {
        STRING("string"), TEXT("text"), NUMBER("number"), MONEY("money"), DATE("date"),
        SINGLE_CHOICE("single-choice"), MULTI_CHOICE("multi-choice"), ATTACHMENT("attachment"), BOOLEAN("boolean");

        private final String code;

        Datatype(String code) {
            this.code = code;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Datatype ofCode(String code) {
            for (Datatype datatype : values()) {
                if (datatype.code.equals(code)) {
                    return datatype;
                }
            }
            throw new IllegalArgumentException("Unknown form datatype " + code);
        }
    }

    public int maxLengthOrDefault() {
        if (maxLength != null) {
            return maxLength;
        }
        return datatype == Datatype.TEXT ? 2000 : 200;
    }

    public int maxItemsOrDefault() {
        return maxItems != null ? maxItems : datatype == Datatype.ATTACHMENT ? 10 : values == null ? 10 : values.size();
    }
}
