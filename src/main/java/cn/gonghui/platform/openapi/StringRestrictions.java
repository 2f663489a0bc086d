package cn.gonghui.platform.openapi;

import cn.gonghui.platform.text.TextRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Says what every string of a body may hold. A string that names no format, pattern or enum of its
 * own gets the format of the schema it stands for (a nullable instant is {@code anyOf: [Instant, null]}
 * beside {@code type: [string, null]}: it is a {@code date-time}), or else the pattern of
 * {@link TextRule}, which the service holds every text it reads to (JSON, form, query, path): free
 * text without control characters. Its length comes from the field's own {@code @Size} or
 * {@code @Schema(maxLength)}: a string without one is still a lint error.
 */
final class StringRestrictions {

    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";

    private StringRestrictions() {
    }

    static void restrict(OpenAPI openAPI) {
        Map<String, Schema> named = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        named.values().forEach(schema -> visit(schema, named, seen));
        if (openAPI.getComponents() != null && openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(response -> visit(response, named, seen));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            parameters(path.getParameters(), named, seen);
            for (Operation operation : path.getOperations().values()) {
                parameters(operation.getParameters(), named, seen);
                if (operation.getRequestBody() != null) {
                    visit(operation.getRequestBody().getContent(), named, seen);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> visit(response, named, seen));
                }
            }
        }
    }

    /** A parameter's text is held to the same rule (query and path by the service, headers by HTTP itself). */
    private static void parameters(List<Parameter> parameters, Map<String, Schema> named, Set<Schema> seen) {
        if (parameters != null) {
            parameters.forEach(parameter -> visit(parameter.getSchema(), named, seen));
        }
    }

    private static void visit(APIResponse response, Map<String, Schema> named, Set<Schema> seen) {
        visit(response.getContent(), named, seen);
    }

    private static void visit(Content content, Map<String, Schema> named, Set<Schema> seen) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> visit(media.getSchema(), named, seen));
        }
    }

    private static void visit(Schema schema, Map<String, Schema> named, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (isUnrestrictedString(schema)) {
            Schema standsFor = referenced(schema, named);
            if (standsFor != null && standsFor.getFormat() != null) {
                schema.setFormat(standsFor.getFormat());
            } else if (standsFor != null && standsFor.getPattern() != null) {
                schema.setPattern(standsFor.getPattern());
            } else {
                schema.setPattern(TextRule.CONTRACT_PATTERN);
            }
        }
        children(schema).forEach(child -> visit(child, named, seen));
    }

    private static boolean isUnrestrictedString(Schema schema) {
        return schema.getRef() == null && isString(schema) && schema.getFormat() == null && schema.getPattern() == null
                && schema.getEnumeration() == null && schema.getConstValue() == null
                && Stream.of("format", "pattern", "enum", "const").allMatch(keyword -> schema.get(keyword) == null);
    }

    /** Typed by the scanner, or a plain JSON Schema keyword (the catalogue's forms, see JsonSchemaModel). */
    private static boolean isString(Schema schema) {
        if (schema.getType() != null) {
            return schema.getType().contains(SchemaType.STRING);
        }
        Object type = schema.get("type");
        return "string".equals(type) || type instanceof List<?> types && types.contains("string");
    }

    /** The one named schema a nullable or aliased string stands for, if it says one. */
    private static Schema referenced(Schema schema, Map<String, Schema> named) {
        for (Schema alternative : alternatives(schema)) {
            if (alternative.getRef() != null && alternative.getRef().startsWith(COMPONENT_SCHEMAS)) {
                return named.get(alternative.getRef().substring(COMPONENT_SCHEMAS.length()));
            }
        }
        return null;
    }

    private static List<Schema> alternatives(Schema schema) {
        List<Schema> alternatives = new ArrayList<>();
        Stream.of(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf()).filter(Objects::nonNull)
                .forEach(alternatives::addAll);
        return alternatives;
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>(alternatives(schema));
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        children.add(schema.getItems());
        children.add(schema.getAdditionalPropertiesSchema());
        return children;
    }
}
