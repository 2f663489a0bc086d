package cn.gonghui.platform.openapi;

import cn.gonghui.catalogue.BaselineForms;
import cn.gonghui.catalogue.FormJsonSchema;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
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
 * operation, and one named JSON Schema per seeded service form (e.g. {@code MembershipJoinForm}).
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.document(openAPI);
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
    }

    /** A submitted form is one of the services' forms: generated clients get the named types. */
    private static void typeTheFormsOfApplications(OpenAPI openAPI) {
        Schema request = openAPI.getComponents().getSchemas().get("ApplicationRequest");
        if (request == null || request.getProperties() == null || !request.getProperties().containsKey("form")) {
            return;
        }
        List<Schema> forms = new ArrayList<>();
        for (BaselineForms.Baseline baseline : BaselineForms.read()) {
            forms.add(OASFactory.createSchema().ref("#/components/schemas/" + BaselineForms.schemaName(baseline.code())));
        }
        Schema form = request.getProperties().get("form");
        form.setRef(null);
        form.setAnyOf(forms);
    }

    /** A JSON Schema tree as the OpenAPI model holds it (OpenAPI 3.1 schemas are JSON Schema 2020-12). */
    private static Schema toSchema(JsonNode node) {
        Schema schema = OASFactory.createSchema();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "$schema", "$id" -> { }
                case "properties" -> {
                    Map<String, Schema> properties = new LinkedHashMap<>();
                    value.fields().forEachRemaining(property -> properties.put(property.getKey(), toSchema(property.getValue())));
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
