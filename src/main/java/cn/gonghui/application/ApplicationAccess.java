package cn.gonghui.application;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.security.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Loads one application within the caller's data scope, in SQL: outside the scope it does not
 * exist (404). For a change the row is locked, so two officers acting at once take turns and the
 * second one then finds its If-Match stale.
 */
@ApplicationScoped
public class ApplicationAccess {

    private final EntityManager entityManager;

    public ApplicationAccess(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Application read(UUID id, DataScope scope) {
        return load(id, scope, false);
    }

    public Application lock(UUID id, DataScope scope) {
        return load(id, scope, true);
    }

    private Application load(UUID id, DataScope scope, boolean lock) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        String condition = scope.condition("a.streetId", "a.memberId", parameters);
        TypedQuery<Application> query = entityManager.createQuery(
                "select a from Application a where a.id = :id and " + condition, Application.class);
        parameters.forEach(query::setParameter);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultList().stream().findFirst() // by id: one row at most
                .orElseThrow(() -> ApiProblem.notFound("APPLICATION_NOT_FOUND", id));
    }
}
