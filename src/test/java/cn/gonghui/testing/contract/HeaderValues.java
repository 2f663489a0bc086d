package cn.gonghui.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** A header's text as the JSON value its schema describes: a number where it says number, else a string. */
final class HeaderValues {

    private HeaderValues() {
    }

    static String asJson(String value, JsonNode schema) {
        String type = schema.path("type").asText("");
        if (type.equals("integer") || type.equals("number")) {
            try {
                return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(value.trim())).toString();
            } catch (NumberFormatException notANumber) {
                return JsonNodeFactory.instance.textNode(value).toString();
            }
        }
        return JsonNodeFactory.instance.textNode(value).toString();
    }
}
