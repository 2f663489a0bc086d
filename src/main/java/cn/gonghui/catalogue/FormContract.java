package cn.gonghui.catalogue;

import cn.gonghui.platform.openapi.ContractPart;
import cn.gonghui.platform.openapi.JsonSchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The catalogue's part of the contract: one named JSON Schema per seeded service form (e.g.
 * {@code MembershipJoinForm}), and the form of a submitted application typed as one of them.
 */
public class FormContract implements ContractPart {

    @Override
    public void addTo(OpenAPI openAPI) {
        for (BaselineForms.Baseline baseline : BaselineForms.read()) {
            Schema named = JsonSchemaModel.of(FormJsonSchema.of(baseline.form(),
                    baseline.name().zh() + " / " + baseline.name().en(), Locale.SIMPLIFIED_CHINESE));
            named.setDescription("服务 " + baseline.code() + " 的表单（v" + baseline.form().version() + "，迁移脚本所播种的版本）/ "
                    + "The form of " + baseline.code() + " as the migrations seed it; GET /api/v1/services/"
                    + baseline.code() + "/form-schema serves the current one.");
            openAPI.getComponents().addSchema(BaselineForms.schemaName(baseline.code()), named);
        }
        typeTheFormsOfApplications(openAPI);
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
}
