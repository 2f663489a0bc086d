package cn.gonghui.privacy.audit;

import cn.gonghui.security.Subject;
import cn.gonghui.platform.http.RequestIdFilter;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is asking in this request, from where, under which request id: what every audit event carries. */
@RequestScoped
public class AuditContext {

    /** The actor of an event: kind (member, officer, integrator, anonymous, system), id and role. */
    public record Who(String kind, String id, String role) {

        public static final Who SYSTEM = new Who("system", null, "system");

        public static Who anonymous() {
            return new Who("anonymous", null, null);
        }
    }

    private static final java.util.List<String> ROLES_BY_WEIGHT = java.util.List.of("admin", "auditor",
            "district_officer", "officer", "member", "integrator");

    private final CurrentVertxRequest request;
    private final JsonWebToken token;

    public AuditContext(CurrentVertxRequest request, JsonWebToken token) {
        this.request = request;
        this.token = token;
    }

    /**
     * Whether an HTTP request is being served. A request context alone does not say so: the
     * scheduler activates one for every run of a job, which has no caller, address or request id.
     */
    public boolean inHttpRequest() {
        return request.getCurrent() != null;
    }

    public Who who() {
        String kind = token == null ? null : token.getClaim(Subject.KIND_CLAIM);
        if (kind == null) {
            return Who.anonymous();
        }
        return new Who(kind, token.getSubject(), mainRole());
    }

    /** The role an action was taken in: the strongest the caller holds. */
    private String mainRole() {
        for (String role : ROLES_BY_WEIGHT) {
            if (token.getGroups() != null && token.getGroups().contains(role)) {
                return role;
            }
        }
        return null;
    }

    /** The client's address: the proxy's forwarded one when quarkus.http.proxy is configured to trust it. */
    public String ip() {
        RoutingContext current = request.getCurrent();
        var address = current == null ? null : current.request().remoteAddress();
        return address == null ? null : address.hostAddress();
    }

    public String requestId() {
        RoutingContext current = request.getCurrent();
        return current == null ? null : current.response().headers().get(RequestIdFilter.HEADER);
    }
}
