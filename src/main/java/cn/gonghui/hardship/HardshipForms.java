package cn.gonghui.hardship;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads the hardship line's stored JSON (households, offers' forms) and the values of its forms. */
@ApplicationScoped
public class HardshipForms {

    private final ObjectMapper json;

    public HardshipForms(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode read(String text) {
        JsonNode node = text == null ? json.createObjectNode() : tree(text);
        return node.isObject() ? (ObjectNode) node : json.createObjectNode();
    }

    public JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored hardship value is not JSON", e);
        }
    }

    static BigDecimal money(JsonNode form, String field) {
        JsonNode value = form.get(field);
        return value == null || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asText());
    }

    static Set<String> codes(JsonNode form, String field) {
        Set<String> codes = new LinkedHashSet<>();
        form.path(field).forEach(code -> codes.add(code.asText()));
        return codes;
    }
}
