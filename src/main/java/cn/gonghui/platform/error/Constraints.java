package cn.gonghui.platform.error;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Turns a database constraint that decides a race (two requests at once, both past the checks)
 * into the same precise problem the check would have given. The constraint is the guarantee; the
 * check before it only makes the common case cheap.
 */
public final class Constraints {

    private Constraints() {
    }

    /** Flushes now, so a violated constraint surfaces here rather than at commit. */
    public static void flush(EntityManager entityManager, Map<String, Supplier<ApiProblem>> problemsByConstraint) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            ConstraintViolationException violation = find(e);
            if (violation != null && violation.getConstraintName() != null) {
                Supplier<ApiProblem> problem = problemsByConstraint.get(violation.getConstraintName());
                if (problem != null) {
                    throw problem.get();
                }
            }
            throw e;
        }
    }

    private static ConstraintViolationException find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation;
            }
        }
        return null;
    }
}
