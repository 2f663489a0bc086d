package cn.gonghui.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON text refused by {@link cn.gonghui.platform.text.TextRule}; its path names the field. */
public final class RefusedText extends JsonMappingException {

    private final String fieldCode;

    RefusedText(JsonParser parser, String fieldCode) {
        super(parser, "Refused text: " + fieldCode);
        this.fieldCode = fieldCode;
    }

    /** Why, as a field error code ({@code CONTROL_CHARACTER}, {@code INVALID_UNICODE}). */
    public String fieldCode() {
        return fieldCode;
    }
}
