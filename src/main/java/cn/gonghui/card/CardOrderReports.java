package cn.gonghui.card;

import cn.gonghui.application.ApplicationAccess;
import cn.gonghui.card.CardOrderViews.ReportAnswer;
import cn.gonghui.card.CardOrderViews.StatusReport;
import cn.gonghui.security.DataScope;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.state.Moves;
import cn.gonghui.privacy.BlindIndex;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bank's reports on card orders. Each status is reported once per order: the same report again
 * (a retry after a lost answer) replays the first answer, a different one under the same status is
 * a conflict, and a report the order is not ready for is out of order, with where the order stands
 * and what may come next. The order row is locked, so two reports at once take turns.
 */
@ApplicationScoped
public class CardOrderReports {

    private final CardReportEffects effects;
    private final ApplicationAccess applications;
    private final AuditLog audit;
    private final BlindIndex blindIndex;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final CardOrderEvents events;
    private final Clock clock;

    public CardOrderReports(CardReportEffects effects, ApplicationAccess applications, AuditLog audit, BlindIndex blindIndex,
            EntityManager entityManager, ObjectMapper json, CardOrderEvents events, Clock clock) {
        this.events = events;
        this.effects = effects;
        this.applications = applications;
        this.audit = audit;
        this.blindIndex = blindIndex;
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public ReportAnswer report(UUID orderId, String bank, StatusReport report) {
        // the request's pattern admits only the statuses the bank reports
        CardOrderStatus reported = CardOrderStatus.ofCode(report.status());
        requireFields(reported, report);
        // application, card, order: the lock order of every path that changes a card (officers' actions,
        // withdrawals, loss reports), so two of them at once wait for each other and never deadlock
        CardOrder order = entityManager.find(CardOrder.class, orderId);
        if (order == null) {
            throw ApiProblem.notFound("CARD_ORDER_NOT_FOUND");
        }
        if (order.applicationId != null) {
            applications.lock(order.applicationId, new DataScope.Everything());
        }
        MemberCard card = entityManager.find(MemberCard.class, order.cardId, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        String fingerprint = fingerprint(report);
        ReportAnswer earlier = earlier(order, report.status(), fingerprint);
        if (earlier != null) {
            return earlier;
        }
        Moves<CardOrderStatus> moves = CardOrderStatus.movesOf(order);
        if (!reported.isReported() || moves.into(reported).isEmpty()) {
            // no order of this kind ever gets there (a loss order is never produced)
            throw ApiProblem.unprocessable("CARD_REPORT_NOT_APPLICABLE", report.status(), order.kind);
        }
        if (!moves.allows(order.status, reported)) {
            throw ApiProblem.conflict("CARD_ORDER_OUT_OF_ORDER", report.status(), order.status.code())
                    .with("currentStatus", order.status.code()).with("expected", expected(moves, order.status));
        }
        effects.apply(order, card, reported, report);
        Instant now = clock.instant();
        events.moved(order.id, order.cardId, order.kind, order.status, reported);
        order.status = reported;
        order.updatedAt = now;
        entityManager.flush();
        ReportAnswer answer = new ReportAnswer(order.id, order.kind, reported.code(), order.status.code(), card.id,
                card.status.code(), now);
        store(order, report.status(), fingerprint, answer, bank, now);
        audit.record(AuditEvent.of("card_order.report", "card_order", order.id)
                .details(Map.of("status", report.status(), "card", card.id.toString())));
        return answer;
    }

    private ReportAnswer earlier(CardOrder order, String status, String fingerprint) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT payload_hash, CAST(answer AS text) FROM card_order_reports
                         WHERE order_id = :order AND status = :status""")
                .setParameter("order", order.id).setParameter("status", status).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw ApiProblem.conflict("CARD_REPORT_CONFLICT", status).with("currentStatus", order.status.code());
        }
        try {
            return json.readValue((String) row[1], ReportAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored report answer is not JSON", e);
        }
    }

    private void store(CardOrder order, String status, String fingerprint, ReportAnswer answer, String bank,
            Instant now) {
        try {
            entityManager.createNativeQuery("""
                            INSERT INTO card_order_reports (order_id, status, payload_hash, answer, reported_by, received_at)
                            VALUES (:order, :status, :hash, CAST(:answer AS jsonb), :bank, :now)""")
                    .setParameter("order", order.id).setParameter("status", status).setParameter("hash", fingerprint)
                    .setParameter("answer", json.writeValueAsString(answer)).setParameter("bank", bank)
                    .setParameter("now", now)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not store a report answer", e);
        }
    }

    /** What the bank may report next on an order in this status, in the order of the steps. */
    private static List<String> expected(Moves<CardOrderStatus> moves, CardOrderStatus current) {
        return moves.from(current).stream().filter(CardOrderStatus::isReported).map(CardOrderStatus::code).toList();
    }

    /**
     * A keyed hash of what was reported (the card number among it): a repeat is recognised without
     * keeping the number in another place in a form a dictionary of card numbers could reverse.
     */
    private String fingerprint(StatusReport report) {
        String canonical = String.join("\u001f", report.status(), text(report.branch()), text(report.stationId()),
                text(report.lastFour()), text(report.cardNumber()), text(report.reason()));
        return blindIndex.of("card.report", canonical);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void requireFields(CardOrderStatus reported, StatusReport report) {
        List<FieldError> missing = new ArrayList<>();
        switch (reported) {
            case READY_FOR_PICKUP -> {
                if ((report.branch() == null) == (report.stationId() == null)) {
                    missing.add(FieldError.of("branch", "BRANCH_OR_STATION"));
                }
            }
            case ISSUED -> {
                if (report.cardNumber() == null) {
                    missing.add(FieldError.of("cardNumber", "REQUIRED"));
                }
                if (report.lastFour() == null) {
                    missing.add(FieldError.of("lastFour", "REQUIRED"));
                }
            }
            case FAILED -> {
                if (report.reason() == null) {
                    missing.add(FieldError.of("reason", "REQUIRED"));
                }
            }
            default -> { }
        }
        if (!missing.isEmpty()) {
            throw ApiProblem.invalidFields(missing);
        }
    }
}
