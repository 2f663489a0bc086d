package cn.gonghui.platform.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A multipart body declared with {@code @Schema(implementation = …)} is that named schema alone.
 * The scanner also writes the {@code @RestForm} parameters beside the reference as inline
 * properties; a schema that is a reference plus siblings is refused as illegal by generators
 * (openapi-generator logs it and drops one of the two), so the named schema stays and the copy goes.
 */
final class FormBodies {

    private FormBodies() {
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                        || operation.getRequestBody().getContent().getMediaTypes() == null) {
                    continue;
                }
                for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
                    Schema schema = media.getSchema();
                    if (schema != null && schema.getRef() != null) {
                        schema.setProperties(null);
                        schema.setType(null);
                        schema.setRequired(null);
                    }
                }
            }
        }
    }
}
