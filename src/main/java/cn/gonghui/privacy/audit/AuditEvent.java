package cn.gonghui.privacy.audit;

import java.util.Map;

/**
 * What happened, for the audit trail. {@code who} is normally left out: the current caller is
 * taken from the request. Details are ids and codes, never personal data.
 */
public record AuditEvent(AuditContext.Who who, String action, String objectType, String objectId, Outcome outcome,
        Map<String, Object> details) {

    public enum Outcome { SUCCESS, FAILURE, DENIED }

    public static AuditEvent of(String action, String objectType, Object objectId) {
        return new AuditEvent(null, action, objectType, objectId == null ? null : objectId.toString(), Outcome.SUCCESS,
                Map.of());
    }

    public AuditEvent by(AuditContext.Who actor) {
        return new AuditEvent(actor, action, objectType, objectId, outcome, details);
    }

    public AuditEvent outcome(Outcome result) {
        return new AuditEvent(who, action, objectType, objectId, result, details);
    }

    public AuditEvent details(Map<String, Object> more) {
        return new AuditEvent(who, action, objectType, objectId, outcome, more);
    }
}
