package cn.gonghui.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Says in the contract what {@code platform.http.TextParameters} enforces: a query parameter is
 * either left out or given a value; {@code ?q=} is refused, so every text parameter has
 * {@code minLength: 1}.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                List<Parameter> parameters = operation.getParameters();
                if (parameters != null) {
                    parameters.stream()
                            .filter(parameter -> parameter.getIn() == Parameter.In.QUERY && parameter.getSchema() != null)
                            .forEach(parameter -> requireText(parameter.getSchema()));
                }
            }
        }
    }

    /** A text: typed string, or untyped but bounded like one (the annotations leave the type out there). */
    private static void requireText(Schema schema) {
        boolean text = schema.getType() != null ? schema.getType().contains(Schema.SchemaType.STRING)
                : schema.getRef() == null && (schema.getMaxLength() != null || schema.getPattern() != null);
        if (text && schema.getMinLength() == null && schema.getEnumeration() == null) {
            schema.setMinLength(1);
        }
    }
}
