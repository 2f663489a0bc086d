package cn.gonghui.application;

import cn.gonghui.platform.error.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Applications for other capabilities, as read-only values ({@link ApplicationRef}): a line's
 * partner (the bank's report, a payment's report) learns who an application is for and where it
 * stands through these, never through {@link Application}. Not scoped to a caller: the callers
 * found the application through a record of their own that names it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Applications {

    private final EntityManager entityManager;

    public Applications(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ApplicationRef> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Application.class, id)).map(ApplicationRef::of);
    }

    /**
     * The application, its row locked for the rest of the caller's transaction as every change of it
     * is ({@link ApplicationAccess#lock}): reports about one application then take turns.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApplicationRef lock(UUID id) {
        Application application = entityManager.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw ApiProblem.notFound("APPLICATION_NOT_FOUND", id);
        }
        return ApplicationRef.of(application);
    }
}
