package cn.gonghui.hardship;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the hardship line's JSON that is stored encrypted (a file's household, an offer's sensitive values). */
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
}
