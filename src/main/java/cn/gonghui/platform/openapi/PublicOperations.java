package cn.gonghui.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Says of every operation marked {@link PublicAccess#NOTE} that it needs no credentials: an empty
 * security requirement ({@code {}}, OpenAPI's "anonymous allowed") first, then whatever scheme it
 * also takes; and its description says why, in the words of {@link PublicAccess#explanation}.
 */
final class PublicOperations {

    private PublicOperations() {
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (isPublic(operation)) {
                List<SecurityRequirement> requirements = new ArrayList<>();
                requirements.add(OASFactory.createSecurityRequirement());
                if (operation.getSecurity() != null) {
                    operation.getSecurity().stream().filter(requirement -> !requirement.getSchemes().isEmpty())
                            .forEach(requirements::add);
                }
                operation.setSecurity(requirements);
                String line = PublicAccess.explanation(String.valueOf(operation.getExtensions().get(PublicAccess.NOTE)));
                String description = operation.getDescription();
                if (description == null || !description.contains(line)) {
                    operation.setDescription(description == null || description.isBlank() ? line : description + "\n\n" + line);
                }
            }
        }));
    }

    static boolean isPublic(Operation operation) {
        return operation.getExtensions() != null && operation.getExtensions().containsKey(PublicAccess.NOTE);
    }
}
