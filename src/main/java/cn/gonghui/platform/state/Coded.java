package cn.gonghui.platform.state;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A state whose code, in the database and in JSON, is its name in lower case ({@code sent_to_bank}).
 * The codes were strings before they were enums: deriving them from the names keeps every stored
 * row and every CHECK constraint valid, and a test per enum pins the list.
 */
public interface Coded {

    /** Implemented by every enum. */
    String name();

    @JsonValue
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant with this code; a code the type does not know is a programming or data error. */
    static <E extends Enum<E> & Coded> E ofCode(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " " + code);
    }
}
