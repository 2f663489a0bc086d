package cn.gonghui.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** A JSON Schema tree as the OpenAPI model holds it (OpenAPI 3.1 schemas are JSON Schema 2020-12). */
public final class JsonSchemaModel {

    private JsonSchemaModel() {
    }

    public static Schema of(JsonNode node) {
        Schema schema = OASFactory.createSchema();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "$schema", "$id" -> { }
                case "properties" -> {
                    Map<String, Schema> properties = new LinkedHashMap<>();
                    value.properties().forEach(property -> properties.put(property.getKey(), of(property.getValue())));
                    schema.setProperties(properties);
                }
                case "items" -> schema.setItems(of(value));
                default -> schema.set(name, plain(value));
            }
        }
        return schema;
    }

    private static Object plain(JsonNode value) {
        if (value.isArray()) {
            List<Object> items = new ArrayList<>();
            value.forEach(item -> items.add(plain(item)));
            return items;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        return value.asText();
    }
}
