package cn.gonghui.disbursement;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.id.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * Writes what a fund pays, for every line that pays (hardship, mutual aid). Every row is unique per
 * source record, programme, period and beneficiary, and every insert is {@code ON CONFLICT DO NOTHING}:
 * a monthly run may start on every instance at once, or twice, and still pays each entitlement once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Disbursements {

    /**
     * One payment a line schedules: {@code sourceId} is the line's record it belongs to (a hardship
     * file, a mutual-aid claim), {@code payeeCardId} the member card it is paid into, where the line
     * pays to a card.
     */
    public record Payment(UUID sourceId, UUID applicationId, UUID memberId, UUID streetId, String programme,
            String period, String beneficiary, BigDecimal amount, UUID payeeCardId) {
    }

    private final EntityManager entityManager;
    private final Clock clock;

    public Disbursements(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** One payment; a second one for the same source, programme, period and beneficiary is a 409. */
    public UUID schedule(Payment payment) {
        UUID id = Ids.newId();
        if (!insert(id, payment)) {
            throw ApiProblem.conflict("AID_ALREADY_DISBURSED", payment.period());
        }
        return id;
    }

    /** One payment unless it exists already (a run repeated or started elsewhere); whether it was new. */
    public boolean scheduleIfAbsent(Payment payment) {
        return insert(Ids.newId(), payment);
    }

    /** How many of what the application scheduled are not paid yet. */
    public long unpaidOf(UUID applicationId) {
        return Disbursement.count("applicationId = ?1 and status <> ?2", applicationId, DisbursementStatus.PAID);
    }

    private boolean insert(UUID id, Payment payment) {
        return entityManager.createNativeQuery("""
                INSERT INTO disbursements (id, source_id, application_id, member_id, street_id, programme, period,
                                           beneficiary, amount, payee_card_id, status, created_at, updated_at, version)
                VALUES (:id, :source, :application, :member, :street, :programme, :period, :beneficiary, :amount,
                        :card, 'scheduled', :now, :now, 0)
                ON CONFLICT (source_id, programme, period, beneficiary) DO NOTHING""")
                .setParameter("id", id).setParameter("source", payment.sourceId())
                .setParameter("application", payment.applicationId())
                .setParameter("member", payment.memberId()).setParameter("street", payment.streetId())
                .setParameter("programme", payment.programme()).setParameter("period", payment.period())
                .setParameter("beneficiary", payment.beneficiary()).setParameter("amount", payment.amount())
                .setParameter("now", clock.instant())
                .unwrap(NativeQuery.class)
                // typed, as the card is often absent and a bare null has no type for PostgreSQL
                .setParameter("card", payment.payeeCardId(), UUID.class)
                .executeUpdate() > 0;
    }
}
