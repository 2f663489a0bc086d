package cn.gonghui.platform.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Marks as {@code required} every property the service always sends. Jackson writes every property of
 * a payload record, {@code null} included (the project sets no other inclusion), so every property of a
 * schema that only answers use is required, a nullable one meaning "present, maybe null". A record that
 * writes its properties only when they have a value ({@code @JsonInclude(NON_NULL)} or
 * {@code NON_EMPTY}) says so in its schema with {@link #WHEN_SET}, and keeps what its annotations
 * require. A schema requests use too is left to its annotations: a client need not send what the
 * service fills in itself. Generated clients then type the always-present fields as such.
 */
public final class ResponseProperties {

    /**
     * On the schema of a record written with {@code @JsonInclude(NON_NULL)} or {@code NON_EMPTY}: its
     * properties are left out when they have no value, so none is required but those its annotations
     * name. {@code ResponsePropertiesTest} holds the classes and the mark together.
     */
    public static final String WHEN_SET = "x-gonghui-sent-when-set";

    private static final String SCHEMAS = "#/components/schemas/";

    private ResponseProperties() {
    }

    static void require(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null || openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> answered = new HashSet<>();
        Set<String> requested = new HashSet<>();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values()
                            .forEach(answer -> reach(content(openAPI, answer), schemas, answered));
                }
                if (operation.getRequestBody() != null) {
                    reach(operation.getRequestBody().getContent(), schemas, requested);
                }
            }
        }
        answered.removeAll(requested);
        answered.forEach(name -> requireAll(schemas.get(name)));
    }

    private static void requireAll(Schema schema) {
        if (schema == null || schema.getProperties() == null || schema.getProperties().isEmpty() || sentWhenSet(schema)) {
            return;
        }
        Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        schema.getProperties().forEach((name, property) -> {
            if (!Boolean.TRUE.equals(property.getWriteOnly())) {
                required.add(name);
            }
        });
        schema.setRequired(new ArrayList<>(required));
    }

    private static boolean sentWhenSet(Schema schema) {
        // annotations give the mark as an extension; a model read back from JSON as a plain property
        return schema.getExtensions() != null && schema.getExtensions().containsKey(WHEN_SET) || schema.get(WHEN_SET) != null;
    }

    private static Content content(OpenAPI openAPI, APIResponse answer) {
        if (answer.getRef() != null && openAPI.getComponents().getResponses() != null) {
            APIResponse shared = openAPI.getComponents().getResponses()
                    .get(answer.getRef().substring(answer.getRef().lastIndexOf('/') + 1));
            return shared == null ? null : shared.getContent();
        }
        return answer.getContent();
    }

    private static void reach(Content content, Map<String, Schema> schemas, Set<String> reached) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().forEach(media -> reach(media.getSchema(), schemas, reached));
    }

    /** The named schemas a schema uses, through references, properties, items and alternatives (not extensions). */
    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> reached) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            String name = schema.getRef().substring(SCHEMAS.length());
            if (reached.add(name)) {
                reach(schemas.get(name), schemas, reached);
            }
        }
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        children.add(schema.getItems());
        children.add(schema.getAdditionalPropertiesSchema());
        for (Collection<Schema> group : new ArrayList<Collection<Schema>>(List.of(listOrEmpty(schema.getAllOf()),
                listOrEmpty(schema.getAnyOf()), listOrEmpty(schema.getOneOf())))) {
            children.addAll(group);
        }
        children.forEach(child -> reach(child, schemas, reached));
    }

    private static List<Schema> listOrEmpty(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
