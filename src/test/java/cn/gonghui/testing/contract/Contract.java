package cn.gonghui.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The committed contract, {@code openapi/openapi.json} (the build writes it beside the YAML from
 * the same model), read once: its operations found by method and path, and any of its schemas
 * applied to a JSON text with a maintained validator of the OpenAPI 3.1 dialect.
 */
public final class Contract {

    static final Path FILE = Path.of("openapi/openapi.json");
    private static final String BASE = "urn:gonghui:contract";

    /** One documented operation: its method, path template and the pointer to its node. */
    public record Operation(String method, String template, String pointer, JsonNode node) {

        public String id() {
            return method + " " + template;
        }
    }

    private final JsonNode document;
    private final List<PathTemplate> templates = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record PathTemplate(String template, Pattern pattern, int literalSegments) {
    }

    private Contract(String text) throws IOException {
        document = new ObjectMapper().readTree(text);
        for (Iterator<String> paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
            String template = paths.next();
            String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            long literal = template.chars().filter(c -> c == '/').count() - template.chars().filter(c -> c == '{').count();
            templates.add(new PathTemplate(template, Pattern.compile(regex), (int) literal));
        }
        // /applications/mine before /applications/{id}: the more literal template wins
        templates.sort(Comparator.comparingInt(PathTemplate::literalSegments).reversed());
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(BASE, text)));
    }

    public static Contract load() {
        try {
            return new Contract(Files.readString(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("The contract " + FILE + " could not be read", e);
        }
    }

    Optional<Operation> operation(String method, String path) {
        String verb = method.toLowerCase(Locale.ROOT);
        for (PathTemplate template : templates) {
            if (template.pattern().matcher(path).matches()) {
                JsonNode node = document.path("paths").path(template.template()).path(verb);
                if (!node.isMissingNode()) {
                    return Optional.of(new Operation(method.toUpperCase(Locale.ROOT), template.template(),
                            "/paths/" + escape(template.template()) + "/" + verb, node));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Every documented operation: for the coverage report, and for tests that walk the contract. */
    public List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(verb -> {
            if (verb.getValue().has("responses")) {
                all.add(new Operation(verb.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        "/paths/" + escape(path.getKey()) + "/" + verb.getKey(), verb.getValue()));
            }
        }));
        return all;
    }

    /** A node of the contract and the JSON pointer at which it stands. */
    record Located(String pointer, JsonNode node) {

        Located child(String name) {
            return new Located(pointer + "/" + escape(name), node.path(name));
        }

        boolean exists() {
            return !node.isMissingNode();
        }
    }

    /** What a node stands for: the target of its {@code $ref} (responses, headers), or the node itself. */
    Located resolve(Located located) {
        Located current = located;
        for (int depth = 0; current.node().has("$ref") && depth < 10; depth++) {
            String pointer = current.node().get("$ref").asText().substring(1);
            current = new Located(pointer, document.at(pointer));
        }
        return current;
    }

    /** The validator's complaints about {@code json} against the schema at {@code pointer}. */
    List<String> violations(String pointer, String json) {
        Schema schema = schemas.computeIfAbsent(pointer,
                at -> registry.getSchema(SchemaLocation.of(BASE + "#" + at)));
        List<String> messages = new ArrayList<>();
        for (Error error : schema.validate(json, InputFormat.JSON)) {
            messages.add(error.toString());
        }
        return messages;
    }

    static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }
}
