package cn.gonghui.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Integrators hold bearer tokens from the client-credentials grant (see the {@code integrator}
 * scheme), and an operation names the scope it needs in its {@code @SecurityRequirement}. OpenAPI
 * lists scopes in a requirement only for oauth2 schemes, so the contract moves them to the
 * operation: {@code x-required-scopes}, and a line of its description. The service checks them
 * all the same (@RolesAllowed with the scope).
 */
final class RequiredScopes {

    static final String EXTENSION = "x-required-scopes";

    private RequiredScopes() {
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null
                || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        Map<String, SecurityScheme> schemes = openAPI.getComponents().getSecuritySchemes();
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values()
                .forEach(operation -> move(operation, schemes)));
    }

    private static void move(Operation operation, Map<String, SecurityScheme> schemes) {
        if (operation.getSecurity() == null) {
            return;
        }
        List<String> scopes = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            requirement.getSchemes().forEach((name, named) -> {
                SecurityScheme scheme = schemes.get(name);
                if (scheme != null && scheme.getType() == SecurityScheme.Type.HTTP && named != null && !named.isEmpty()) {
                    named.stream().filter(scope -> !scopes.contains(scope)).forEach(scopes::add);
                    requirement.addScheme(name, List.of());
                }
            });
        }
        if (!scopes.isEmpty()) {
            operation.addExtension(EXTENSION, scopes);
            String line = "需要权限 / Requires scope: " + String.join(", ", scopes);
            operation.setDescription(operation.getDescription() == null ? line : operation.getDescription() + "\n\n" + line);
        }
    }
}
