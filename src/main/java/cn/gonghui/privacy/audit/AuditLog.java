package cn.gonghui.privacy.audit;

import cn.gonghui.platform.id.Ids;
import io.quarkus.arc.Arc;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/**
 * Writes audit events. An event records who, in which role, did what to which object, with what
 * outcome, from which address and under which request id; its details never hold personal data,
 * only ids and codes. By default it joins the caller's transaction, so a change and its event are
 * stored together; {@link #recordAlone} stores an event even when the request fails (a refused
 * login, a denied look at someone's data).
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager entityManager;
    private final AuditContext context;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(EntityManager entityManager, AuditContext context, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.context = context;
        this.json = json;
        this.clock = clock;
    }

    /** Records an event of the current caller within the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEvent event) {
        insert(event);
    }

    /** Records an event in a transaction of its own: it stays even if the caller's rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(AuditEvent event) {
        insert(event);
    }

    private void insert(AuditEvent event) {
        // scheduled jobs have no HTTP request (though the scheduler gives them a request context): their
        // events are the system's and have no address
        boolean inRequest = Arc.container().requestContext().isActive() && context.inHttpRequest();
        AuditContext.Who who = event.who() != null ? event.who() : inRequest ? context.who() : AuditContext.Who.SYSTEM;
        entityManager.createNativeQuery("""
                INSERT INTO audit_events (id, at, actor_kind, actor_id, actor_role, action, object_type, object_id,
                                          outcome, ip, request_id, details)
                VALUES (:id, :at, :kind, :actorId, :role, :action, :objectType, :objectId, :outcome, :ip, :requestId,
                        CAST(:details AS jsonb))""")
                .setParameter("id", Ids.newId())
                .setParameter("at", clock.instant())
                .setParameter("kind", who.kind())
                .setParameter("actorId", who.id())
                .setParameter("role", who.role())
                .setParameter("action", event.action())
                .setParameter("objectType", event.objectType())
                .setParameter("objectId", event.objectId())
                .setParameter("outcome", event.outcome().name().toLowerCase(java.util.Locale.ROOT))
                .setParameter("ip", inRequest ? context.ip() : null)
                .setParameter("requestId", inRequest ? context.requestId() : null)
                .setParameter("details", details(event.details()))
                .executeUpdate();
    }

    private String details(Map<String, Object> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(details);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Audit details must be JSON", e);
        }
    }
}
