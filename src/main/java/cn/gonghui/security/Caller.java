package cn.gonghui.security;

import cn.gonghui.platform.error.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated caller of this request, read once from its token: who it is, and the data
 * scope every query of the request filters by.
 */
@RequestScoped
public class Caller {

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    public Subject.Kind kind() {
        String kind = token.getClaim(Subject.KIND_CLAIM);
        if (kind == null) {
            throw new ApiProblem(401, "UNAUTHENTICATED").withHeader("WWW-Authenticate", "Bearer");
        }
        return Subject.Kind.ofClaim(kind);
    }

    public boolean hasRole(Role role) {
        return token.getGroups() != null && token.getGroups().contains(role.claim());
    }

    /** The id of the calling member; a caller of another kind has no member records (403). */
    public UUID memberId() {
        if (kind() != Subject.Kind.MEMBER) {
            throw new ApiProblem(403, "FORBIDDEN");
        }
        return UUID.fromString(token.getSubject());
    }

    public String subject() {
        return token.getSubject();
    }

    public Optional<UUID> session() {
        String session = token.getClaim(Subject.SESSION_CLAIM);
        return Optional.ofNullable(session).map(UUID::fromString);
    }

    public DataScope dataScope() {
        if (hasRole(Role.ADMIN)) {
            return new DataScope.Everything();
        }
        if (hasRole(Role.OFFICER) || hasRole(Role.DISTRICT_OFFICER)) {
            return new DataScope.Streets(streets());
        }
        if (kind() == Subject.Kind.MEMBER) {
            return new DataScope.OwnRecords(memberId());
        }
        return new DataScope.Nothing();
    }

    private Set<UUID> streets() {
        Object claim = token.getClaim(Subject.STREETS_CLAIM);
        Set<UUID> streets = new HashSet<>();
        if (claim instanceof jakarta.json.JsonArray array) {
            array.getValuesAs(jakarta.json.JsonString.class).forEach(id -> streets.add(UUID.fromString(id.getString())));
        } else if (claim instanceof List<?> list) {
            list.forEach(id -> streets.add(UUID.fromString(String.valueOf(id))));
        }
        return streets;
    }
}
