package cn.gonghui.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
        boolean sensitive,
        List<FormAttribute> items) {

    /**
     * A {@code list} holds repeated groups (e.g. the members of a household): each item is an object
     * of the nested {@code items} attributes, one level deep. Whether a list is sensitive is said of
     * the list as a whole: a sensitive list is stored encrypted with all its items.
     */
    public FormAttribute {
        if (datatype == Datatype.LIST && (items == null || items.isEmpty())) {
            throw new IllegalArgumentException("The list attribute " + code + " has no items");
        }
        if (items != null && items.stream().anyMatch(item -> item.datatype() == Datatype.LIST)) {
            throw new IllegalArgumentException("The list attribute " + code + " nests a list: one level only");
        }
        if (items != null && items.stream().anyMatch(FormAttribute::sensitive)) {
            // an item's part could not be stored apart from its list: the list says it for all of them
            throw new IllegalArgumentException("The list attribute " + code + " has a sensitive item: mark the list");
        }
        items = items == null ? null : items.stream()
                .sorted(Comparator.comparingInt(FormAttribute::order)).toList();
    }

    /** An allowed value of a choice attribute. */
    public record Choice(String code, LocalisedText label) {
    }

    public enum Datatype {
        STRING("string"), TEXT("text"), NUMBER("number"), MONEY("money"), DATE("date"),
        SINGLE_CHOICE("single-choice"), MULTI_CHOICE("multi-choice"), ATTACHMENT("attachment"), BOOLEAN("boolean"),
        LIST("list");

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
        return maxItems != null ? maxItems : datatype == Datatype.ATTACHMENT || datatype == Datatype.LIST ? 10
                : values == null ? 10 : values.size();
    }

    /** A nested attribute of a list's items. */
    public Optional<FormAttribute> item(String itemCode) {
        return items == null ? Optional.empty()
                : items.stream().filter(item -> item.code().equals(itemCode)).findFirst();
    }
}
