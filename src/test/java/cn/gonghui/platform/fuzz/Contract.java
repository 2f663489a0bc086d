package cn.gonghui.platform.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The committed contract, read as the clients read it: the fuzz derives every request from it, so an
 * operation added to the service is fuzzed the day it is documented.
 */
final class Contract {

    static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    private final JsonNode document;

    private Contract(JsonNode document) {
        this.document = document;
    }

    static Contract committed() throws IOException {
        return new Contract(new ObjectMapper(new YAMLFactory()).readTree(Files.readString(COMMITTED)));
    }

    /** Every operation, in the document's order of paths and a fixed order of methods: the fuzz is repeatable. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(Operation.of(this, method.toUpperCase(), path.getKey(), operation));
                }
            }
        }
        return operations;
    }

    /**
     * A node with its {@code $ref} followed. Siblings of a {@code $ref} (the generator writes some, such as an
     * enum beside the reference to its type) are laid over the target, as OpenAPI 3.1 reads them.
     */
    JsonNode resolve(JsonNode node) {
        if (node == null || !node.has("$ref")) {
            return node;
        }
        String reference = node.get("$ref").asText();
        if (!reference.startsWith("#")) {
            throw new IllegalStateException("only references within the contract are expected: " + reference);
        }
        JsonNode target = resolve(document.at(reference.substring(1)));
        if (target.isMissingNode()) {
            throw new IllegalStateException("dangling reference " + reference);
        }
        ObjectNode merged = ((ObjectNode) target).deepCopy();
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$ref")) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }
}
