package cn.gonghui.identity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Sets the enabled administrators that other tests left behind aside (disabled) while a test needs
 * a database without any, and enables them again after it; tests run one at a time.
 */
@ApplicationScoped
public class WithoutAdministrators {

    private final EntityManager entityManager;
    private List<UUID> setAside = List.of();

    public WithoutAdministrators(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public void begin() {
        setAside = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "UPDATE officers SET enabled = false WHERE 'admin' = ANY (roles) AND enabled RETURNING id", UUID.class)
                .getResultList());
    }

    public void end() {
        // the administrators a test made are set aside too, so that the next test starts without any
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE officers SET enabled = (id IN (:ids)) WHERE 'admin' = ANY (roles)")
                .setParameter("ids", setAside.isEmpty() ? List.of(new UUID(0, 0)) : setAside).executeUpdate());
    }
}
