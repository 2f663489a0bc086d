package cn.gonghui.platform.openapi;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Makes every nullable property say so consistently, as OpenAPI 3.1 (JSON Schema 2020-12)
 * reads it: the generator writes a nullable object as {@code type: object} beside
 * {@code anyOf: [$ref, {type: null}]}, which a validator reads as "never null", and a nullable
 * enum as {@code type: [string, null]} whose {@code enum} lacks {@code null}. The service sends
 * {@code null} there, so the type and the enum get {@code null} too.
 */
final class NullableSchemas {

    private NullableSchemas() {
    }

    static void reconcile(OpenAPI openAPI) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(schema -> visit(schema, seen));
        }
    }

    private static void visit(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        boolean nullAllowed = schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(NullableSchemas::isNullType);
        if (nullAllowed && schema.getType() != null && !schema.getType().contains(SchemaType.NULL)) {
            List<SchemaType> types = new ArrayList<>(schema.getType());
            types.add(SchemaType.NULL);
            schema.setType(types);
        }
        if (schema.getType() != null && schema.getType().contains(SchemaType.NULL) && schema.getEnumeration() != null
                && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        children(schema).forEach(child -> visit(child, seen));
    }

    private static boolean isNullType(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(SchemaType.NULL));
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            children.addAll(properties.values());
        }
        children.add(schema.getItems());
        for (List<Schema> group : List.of(listOrEmpty(schema.getAnyOf()), listOrEmpty(schema.getOneOf()),
                listOrEmpty(schema.getAllOf()))) {
            children.addAll(group);
        }
        return children;
    }

    private static List<Schema> listOrEmpty(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
