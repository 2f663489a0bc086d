package cn.gonghui.privacy.rights;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.privacy.DataSubjects;
import cn.gonghui.privacy.PersonalDataExport;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The member's copy of everything held about them (PIPL art. 45), decrypted, in one document.
 * Each export is audited and rate limited per member in PostgreSQL, so the limit holds on every
 * instance: it is heavy to build and the whole of someone's data, not something to poll.
 */
@ApplicationScoped
@Startup
public class DataExports {

    private final Map<String, PersonalDataExport> parts;
    private final DataSubjects subjects;
    private final Consents consents;
    private final AuditLog auditLog;
    private final RightsSettings settings;
    private final EntityManager entityManager;
    private final Clock clock;

    public DataExports(@Any Instance<PersonalDataExport> parts, DataSubjects subjects, Consents consents,
            AuditLog auditLog, RightsSettings settings, EntityManager entityManager, Clock clock) {
        this.parts = bySection(parts);
        this.subjects = subjects;
        this.consents = consents;
        this.auditLog = auditLog;
        this.settings = settings;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Builds the export, or refuses (429 with Retry-After) within the interval after the last one. */
    @Transactional
    public DataExportView export(UUID memberId) {
        if (!subjects.isActive(memberId)) {
            // the token outlived its member (e.g. erased on request): the caller must sign in again
            throw new ApiProblem(401, "ACCOUNT_DISABLED");
        }
        Instant now = clock.instant();
        claim(memberId, now);
        auditLog.record(AuditEvent.of("data_export", "member", memberId));
        return new DataExportView(now, part("profile", memberId), consents.history(memberId),
                part("applications", memberId), part("attachments", memberId), part("messages", memberId),
                part("membership", memberId), part("card", memberId), part("hardship", memberId),
                part("activities", memberId), part("democraticReviews", memberId), part("mutualAid", memberId));
    }

    private Object part(String section, UUID memberId) {
        return parts.get(section).of(memberId);
    }

    /**
     * Every section of the document has exactly one part, and every part a section: a capability
     * whose data the export would silently leave out stops the service at start instead.
     */
    static Map<String, PersonalDataExport> bySection(Iterable<PersonalDataExport> found) {
        Map<String, PersonalDataExport> parts = new HashMap<>();
        for (PersonalDataExport part : found) {
            if (!DataExportView.SECTIONS.contains(part.section()) || parts.put(part.section(), part) != null) {
                throw new IllegalStateException("The data export has no place for a second or unknown section "
                        + part.section() + " (" + part.getClass().getName() + ")");
            }
        }
        if (!parts.keySet().containsAll(DataExportView.SECTIONS)) {
            throw new IllegalStateException("The data export lacks a part for a section of " + DataExportView.SECTIONS
                    + "; found " + parts.keySet());
        }
        return parts;
    }

    /**
     * Takes this member's export slot. Two exports at once, on any instances, take turns on the
     * member's row ({@code FOR NO KEY UPDATE} leaves inserts that reference it free), so the second
     * finds the first one's row and is refused.
     */
    private void claim(UUID memberId, Instant now) {
        entityManager.createNativeQuery("SELECT id FROM members WHERE id = :member FOR NO KEY UPDATE")
                .setParameter("member", memberId)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Instant> last = entityManager.createNativeQuery("""
                        SELECT exported_at FROM data_exports WHERE member_id = :member
                         ORDER BY exported_at DESC LIMIT 1""", Instant.class)
                .setParameter("member", memberId)
                .getResultList();
        if (!last.isEmpty()) {
            Instant next = last.get(0).plus(settings.exportInterval());
            if (next.isAfter(now)) {
                long seconds = Math.max(1, (Duration.between(now, next).toMillis() + 999) / 1000);
                throw new ApiProblem(429, "EXPORT_RATE_LIMITED", seconds)
                        .withHeader("Retry-After", Long.toString(seconds));
            }
        }
        entityManager.createNativeQuery("INSERT INTO data_exports (id, member_id, exported_at) VALUES (:id, :member, :now)")
                .setParameter("id", Ids.newId())
                .setParameter("member", memberId)
                .setParameter("now", now)
                .executeUpdate();
    }
}
