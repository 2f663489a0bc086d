package cn.gonghui.statistics;

import cn.gonghui.platform.id.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Finished, rated applications written straight into the tables at chosen times: the statistics
 * read months that are long closed, which no journey through the API can reach in the past.
 */
@ApplicationScoped
public class RatedApplications {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final UUID DESHENG_STATION = UUID.fromString("01a20144-3af1-7ea3-9ce3-d9690a412c72");

    private final EntityManager entityManager;

    public RatedApplications(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** An application of the street submitted on one day, closed some days later, rated when it closed. */
    public UUID rated(UUID memberId, String streetCode, String serviceCode, LocalDate submitted, int handlingDays,
            int expectedDays, int rating) {
        Instant submittedAt = submitted.atTime(10, 0).atZone(BEIJING).toInstant();
        Instant closedAt = submitted.plusDays(handlingDays).atTime(15, 0).atZone(BEIJING).toInstant();
        UUID id = application(memberId, streetCode, serviceCode, submittedAt, closedAt, submitted.plusDays(expectedDays),
                "completed");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO evaluations (application_id, member_id, rating, street_id, station_id, created_at)
                        SELECT :id, :member, :rating, street_id, :station, :at FROM applications WHERE id = :id""")
                .setParameter("id", id).setParameter("member", memberId).setParameter("rating", rating)
                .setParameter("station", DESHENG_STATION).setParameter("at", closedAt).executeUpdate());
        return id;
    }

    /** An application; closedAt null for one still open. */
    public UUID application(UUID memberId, String streetCode, String serviceCode, Instant submittedAt, Instant closedAt,
            LocalDate expectedBy, String status) {
        UUID id = Ids.newId();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO applications (id, number, service_code, form_version, member_id, street_id, status,
                                                  form, submitted_at, expected_by, closed_at, updated_at)
                        SELECT :id, :number, :service, 1, :member, s.id, :status, CAST('{}' AS jsonb), :submitted,
                               :expected, CAST(:closed AS timestamptz), :submitted
                          FROM streets s WHERE s.code = :street""")
                .setParameter("id", id).setParameter("number", "ST" + id.toString().substring(24))
                .setParameter("service", serviceCode).setParameter("member", memberId).setParameter("status", status)
                .setParameter("submitted", submittedAt).setParameter("expected", expectedBy)
                .setParameter("closed", closedAt).setParameter("street", streetCode).executeUpdate());
        return id;
    }
}
