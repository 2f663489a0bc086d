package cn.gonghui.platform.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Values that a schema accepts, or nearly: examples and enums as written, real ids where the test has
 * them, and for patterns a word from {@link Vocabulary} that matches. Mostly-valid requests get past the
 * first checks, so the hostile variants built from them reach the code behind those checks.
 */
final class SchemaValues {

    /** Dates and times are drawn around a fixed instant, not today: a seed sends the same requests on any day. */
    private static final OffsetDateTime AROUND = OffsetDateTime.parse("2026-12-07T10:00:00+08:00");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final Contract contract;
    private final Vocabulary vocabulary;
    private final Random random;

    SchemaValues(Contract contract, Vocabulary vocabulary, Random random) {
        this.contract = contract;
        this.vocabulary = vocabulary;
        this.random = random;
    }

    JsonNode valueOf(JsonNode schema, String name) {
        return valueOf(schema, name, 0);
    }

    private JsonNode valueOf(JsonNode declared, String name, int depth) {
        JsonNode schema = contract.resolve(declared);
        if (schema == null || schema.isMissingNode()) {
            return JSON.textNode(vocabulary.word(name, null, 1, 20));
        }
        JsonNode choice = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
        if (choice != null) {
            List<JsonNode> branches = new ArrayList<>();
            choice.forEach(branch -> {
                if (!"null".equals(contract.resolve(branch).path("type").asText())) {
                    branches.add(branch);
                }
            });
            return branches.isEmpty() ? JSON.nullNode()
                    : valueOf(branches.get(random.nextInt(branches.size())), name, depth);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        JsonNode example = schema.has("examples") ? schema.get("examples").get(0) : schema.get("example");
        // an id's example is a seeded station: changing it (an admin's PUT) would break the directory tests
        boolean id = schema.path("format").asText().equals("uuid");
        if (example != null && !id && vocabulary.mayUseExample(name) && random.nextInt(3) > 0) {
            return example;
        }
        return switch (typeOf(schema)) {
            case "object" -> depth >= MAX_DEPTH ? JSON.objectNode() : objectOf(schema, depth);
            case "array" -> depth >= MAX_DEPTH ? JSON.arrayNode() : arrayOf(schema, name, depth);
            case "integer" -> JSON.numberNode(integerOf(schema));
            case "number" -> JSON.numberNode(numberOf(schema));
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            default -> JSON.textNode(stringOf(schema, name));
        };
    }

    /** The type, also for the parameter schemas the generator writes without one. */
    static String typeOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asText().equals("null")) {
                    return option.asText();
                }
            }
        }
        if (type != null) {
            return type.asText();
        }
        String format = schema.path("format").asText();
        if (format.startsWith("int")) {
            return "integer";
        }
        if (format.equals("double") || format.equals("float")) {
            return "number";
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items") || schema.has("maxItems")) {
            return "array";
        }
        return schema.has("minimum") || schema.has("maximum") ? "integer" : "string";
    }

    private ObjectNode objectOf(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (required.contains(property.getKey()) || random.nextInt(3) > 0) {
                object.set(property.getKey(), valueOf(property.getValue(), property.getKey(), depth + 1));
            }
        }
        return object;
    }

    private ArrayNode arrayOf(JsonNode schema, String name, int depth) {
        ArrayNode array = JSON.arrayNode();
        int size = random.nextInt(Math.min(schema.path("maxItems").asInt(3), 3) + 1);
        for (int i = 0; i < size; i++) {
            array.add(valueOf(schema.path("items"), name, depth + 1));
        }
        return array;
    }

    private long integerOf(JsonNode schema) {
        long minimum = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
        long maximum = schema.has("maximum") ? schema.get("maximum").asLong() : minimum + 100;
        return minimum + (long) (random.nextDouble() * (maximum - minimum + 1));
    }

    private double numberOf(JsonNode schema) {
        double minimum = schema.has("minimum") ? schema.get("minimum").asDouble() : 0;
        double maximum = schema.has("maximum") ? schema.get("maximum").asDouble() : minimum + 1000;
        double value = minimum + random.nextDouble() * (Math.min(maximum, minimum + 1000) - minimum);
        int places = schema.has("multipleOf") ? 1 : 4;
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    private String stringOf(JsonNode schema, String name) {
        String format = schema.path("format").asText();
        if (format.equals("uuid")) {
            return vocabulary.id(name);
        }
        if (format.equals("date")) {
            return AROUND.toLocalDate().plusDays(random.nextInt(60) - 10).toString();
        }
        if (format.equals("date-time")) {
            return AROUND.plusHours(random.nextInt(2000) - 1000).toString();
        }
        String pattern = schema.has("pattern") ? schema.get("pattern").asText() : null;
        return vocabulary.word(name, pattern, schema.path("minLength").asInt(0), schema.path("maxLength").asInt(40));
    }
}
