package cn.gonghui.platform.openapi;

import cn.gonghui.catalogue.BaselineForms;
import cn.gonghui.catalogue.FormJsonSchema;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the contract the annotations describe: the shared problem responses of every
 * operation, non-blank query parameters, nullable properties that say so, one named JSON Schema per seeded service form (e.g. {@code MembershipJoinForm}), and
 * the lines' own result shapes as the typed alternatives of the engine's results.
 */
public class ContractFilter implements OASFilter {

    /**
     * Marks a line's schema of what an officer's action takes in {@code result} (e.g. legal aid's
     * form of help); the engine's {@code OfficerAction.result} is then one of them, so the engine's
     * package never names a line's types.
     */
    public static final String ACTION_RESULT = "x-gonghui-action-result";
    /** Marks a line's schema of what it keeps in an application's {@code result}. */
    public static final String APPLICATION_RESULT = "x-gonghui-application-result";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.document(openAPI);
        QueryParameters.document(openAPI);
        for (BaselineForms.Baseline baseline : BaselineForms.read()) {
            JsonNode schema = FormJsonSchema.of(baseline.form(), baseline.name().zh() + " / " + baseline.name().en(),
                    Locale.SIMPLIFIED_CHINESE);
            Schema named = toSchema(schema);
            named.setDescription("服务 " + baseline.code() + " 的表单（v" + baseline.form().version() + "，迁移脚本所播种的版本）/ "
                    + "The form of " + baseline.code() + " as the migrations seed it; GET /api/v1/services/"
                    + baseline.code() + "/form-schema serves the current one.");
            openAPI.getComponents().addSchema(BaselineForms.schemaName(baseline.code()), named);
        }
        typeTheFormsOfApplications(openAPI);
        typeTheActionResults(openAPI);
        typeTheApplicationResults(openAPI);
        NullableSchemas.reconcile(openAPI);
    }

    /**
     * The {@code result} of an officer's action is exactly one of the lines' marked records, each
     * closed to other properties (the server reads it strictly into the one the application's line
     * names). No property tells them apart, so there is no discriminator: the line and the action
     * do, and they are not in the payload.
     */
    private static void typeTheActionResults(OpenAPI openAPI) {
        Schema result = resultOf(openAPI, "OfficerAction");
        List<Schema> shapes = marked(openAPI, ACTION_RESULT);
        if (shapes.isEmpty() || result == null || result.getOneOf() != null && !result.getOneOf().isEmpty()) {
            return;
        }
        result.setRef(null);
        result.setOneOf(shapes);
    }

    /**
     * An application's {@code result} gathers the parts its line wrote so far: any of the marked
     * schemas, or the free-form object. The marks stay in the contract (they say which shapes are
     * results), and a model filtered once already is left as it is.
     */
    private static void typeTheApplicationResults(OpenAPI openAPI) {
        Schema result = resultOf(openAPI, "Application");
        List<Schema> shapes = marked(openAPI, APPLICATION_RESULT);
        if (shapes.isEmpty() || result == null || result.getAnyOf() != null && !result.getAnyOf().isEmpty()) {
            return;
        }
        shapes.add(OASFactory.createSchema().ref(result.getRef() == null ? "#/components/schemas/JsonObject"
                : result.getRef()));
        result.setRef(null);
        result.setAnyOf(shapes);
    }

    private static Schema resultOf(OpenAPI openAPI, String owner) {
        Schema holder = openAPI.getComponents().getSchemas().get(owner);
        return holder == null || holder.getProperties() == null ? null : holder.getProperties().get("result");
    }

    private static List<Schema> marked(OpenAPI openAPI, String marker) {
        List<Schema> shapes = new ArrayList<>();
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            // annotations give the mark as an extension; a model read back from JSON as a plain property
            if (schema.getExtensions() != null && schema.getExtensions().containsKey(marker) || schema.get(marker) != null) {
                shapes.add(OASFactory.createSchema().ref("#/components/schemas/" + name));
            }
        });
        return shapes;
    }

    /**
     * A submitted form is one of the services' forms: generated clients get the named types. The
     * catalogue is data, so a service published after this contract has a form of its own: the
     * free-form object stays the last alternative, its shape served by GET /services/{code}/form-schema.
     */
    private static void typeTheFormsOfApplications(OpenAPI openAPI) {
        Schema request = openAPI.getComponents().getSchemas().get("ApplicationRequest");
        if (request == null || request.getProperties() == null || !request.getProperties().containsKey("form")) {
            return;
        }
        List<Schema> forms = new ArrayList<>();
        for (BaselineForms.Baseline baseline : BaselineForms.read()) {
            forms.add(OASFactory.createSchema().ref("#/components/schemas/" + BaselineForms.schemaName(baseline.code())));
        }
        forms.add(OASFactory.createSchema().ref("#/components/schemas/JsonObject"));
        Schema form = request.getProperties().get("form");
        form.setRef(null);
        form.setAnyOf(forms);
    }

    /** A JSON Schema tree as the OpenAPI model holds it (OpenAPI 3.1 schemas are JSON Schema 2020-12). */
    private static Schema toSchema(JsonNode node) {
        Schema schema = OASFactory.createSchema();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "$schema", "$id" -> { }
                case "properties" -> {
                    Map<String, Schema> properties = new LinkedHashMap<>();
                    value.properties().forEach(property -> properties.put(property.getKey(), toSchema(property.getValue())));
                    schema.setProperties(properties);
                }
                case "items" -> schema.setItems(toSchema(value));
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
