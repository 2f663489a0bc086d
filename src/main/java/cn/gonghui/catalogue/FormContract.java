package cn.gonghui.catalogue;

import cn.gonghui.platform.openapi.ContractFilter;
import cn.gonghui.platform.openapi.ContractPart;
import cn.gonghui.platform.openapi.JsonSchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The catalogue's part of the contract: one named JSON Schema per seeded service form (e.g.
 * {@code MembershipJoinForm}), named by the form of a submitted application as its possible shapes.
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
     * A submitted form is one of the services' forms, or, the catalogue being data, the form of a
     * service published after this contract (its shape served by GET /services/{code}/form-schema).
     * So it stays the free-form object, and names the seeded forms in {@link ContractFilter#SHAPES}:
     * an {@code anyOf} of them plus the free-form object constrained nothing, and generators read it
     * as every form at once (typescript-fetch merged them into one type requiring every form's
     * fields, which could send no form at all).
     */
    private static void typeTheFormsOfApplications(OpenAPI openAPI) {
        Schema request = openAPI.getComponents().getSchemas().get("ApplicationRequest");
        if (request == null || request.getProperties() == null || !request.getProperties().containsKey("form")) {
            return;
        }
        List<String> forms = new ArrayList<>();
        for (BaselineForms.Baseline baseline : BaselineForms.read()) {
            forms.add("#/components/schemas/" + BaselineForms.schemaName(baseline.code()));
        }
        ContractFilter.nameShapes(request.getProperties().get("form"), forms);
    }
}
