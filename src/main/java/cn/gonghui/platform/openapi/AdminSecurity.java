package cn.gonghui.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Gives the officers' administration ({@code /api/v1/admin/**}) a security scheme of its own,
 * {@code admin}: the same bearer JWT as {@code officer}, but a client generator, a gateway or a
 * reader of the contract sees at once which operations belong to the administration client. Done
 * here, once, so that no resource has to remember it.
 */
final class AdminSecurity {

    static final String SCHEME = "admin";
    private static final String OFFICER = "officer";
    private static final String PREFIX = "/api/v1/admin/";

    private AdminSecurity() {
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean used = false;
        for (var path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith(PREFIX)) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                used |= moveToAdmin(operation);
            }
        }
        if (used && (openAPI.getComponents().getSecuritySchemes() == null
                || !openAPI.getComponents().getSecuritySchemes().containsKey(SCHEME))) {
            openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("工会干部管理端（/api/v1/admin/**）：干部用户名密码登录后得到的访问令牌（与 officer 相同的 JWT，按 RFC8725 校验，"
                            + "RS256，15 分钟），各接口限定角色：officer（街道干部）、district_officer（区级干部）、auditor（审计）、"
                            + "admin（管理员）。/ The officers' administration (/api/v1/admin/**): the access token of the "
                            + "password sign-in (the same JWT as officer, RS256, 15 minutes, verified per RFC8725); each operation names the roles "
                            + "it allows among officer (street officer), district_officer, auditor and admin."));
        }
    }

    /** Replaces the operation's {@code officer} requirements by {@code admin}; true when it had one. */
    private static boolean moveToAdmin(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null) {
            return false;
        }
        boolean moved = false;
        for (SecurityRequirement requirement : requirements) {
            if (requirement.hasScheme(OFFICER)) {
                List<String> scopes = requirement.getScheme(OFFICER);
                requirement.removeScheme(OFFICER);
                requirement.addScheme(SCHEME, scopes);
                moved = true;
            }
        }
        return moved;
    }
}
