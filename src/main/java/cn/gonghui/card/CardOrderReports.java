package cn.gonghui.card;

import cn.gonghui.application.ApplicationAccess;
import cn.gonghui.card.CardOrderViews.ReportAnswer;
import cn.gonghui.card.CardOrderViews.StatusReport;
import cn.gonghui.security.DataScope;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
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
import java.util.Set;
import java.util.UUID;

/**
 * The bank's reports on card orders. Each status is reported once per order: the same report again
 * (a retry after a lost answer) replays the first answer, a different one under the same status is
 * a conflict, and a report the order is not ready for is out of order, with where the order stands
 * and what may come next. The order row is locked, so two reports at once take turns.
 */
@ApplicationScoped
public class CardOrderReports {

    /** For an order that makes a card (issue, replace): the order statuses each report may follow. */
    private static final Map<String, Set<String>> MAKING = Map.of(
            "accepted", Set.of("pending"),
            "produced", Set.of("accepted"),
            "ready_for_pickup", Set.of("produced"),
            "issued", Set.of("ready_for_pickup"),
            "failed", Set.of("pending", "accepted", "produced", "ready_for_pickup"));
    /** A loss or cancel order is only taken on (the card blocked or closed) or refused, once. */
    private static final Map<String, Set<String>> BLOCKING = Map.of(
            "accepted", Set.of("pending"),
            "failed", Set.of("pending"));
    private static final List<String> IN_ORDER = List.of("accepted", "produced", "ready_for_pickup", "issued", "failed");

    private final CardReportEffects effects;
    private final ApplicationAccess applications;
    private final AuditLog audit;
    private final BlindIndex blindIndex;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    public CardOrderReports(CardReportEffects effects, ApplicationAccess applications, AuditLog audit, BlindIndex blindIndex,
            EntityManager entityManager, ObjectMapper json, Clock clock) {
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
        requireFields(report);
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
        Set<String> follows = transitions(order).get(report.status());
        if (follows == null) {
            throw ApiProblem.unprocessable("CARD_REPORT_NOT_APPLICABLE", report.status(), order.kind);
        }
        if (!follows.contains(order.status)) {
            throw ApiProblem.conflict("CARD_ORDER_OUT_OF_ORDER", report.status(), order.status)
                    .with("currentStatus", order.status).with("expected", expected(order));
        }
        effects.apply(order, card, report);
        Instant now = clock.instant();
        order.status = report.status();
        order.updatedAt = now;
        entityManager.flush();
        ReportAnswer answer = new ReportAnswer(order.id, order.kind, report.status(), order.status, card.id, card.status,
                now);
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
            throw ApiProblem.conflict("CARD_REPORT_CONFLICT", status).with("currentStatus", order.status);
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

    /** What may be reported next on this order. */
    private static List<String> expected(CardOrder order) {
        List<String> next = new ArrayList<>();
        for (String status : IN_ORDER) {
            if (transitions(order).getOrDefault(status, Set.of()).contains(order.status)) {
                next.add(status);
            }
        }
        return next;
    }

    private static Map<String, Set<String>> transitions(CardOrder order) {
        return order.makesCard() ? MAKING : BLOCKING;
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

    private static void requireFields(StatusReport report) {
        List<FieldError> missing = new ArrayList<>();
        switch (report.status()) {
            case "ready_for_pickup" -> {
                if ((report.branch() == null) == (report.stationId() == null)) {
                    missing.add(new FieldError("branch", "BRANCH_OR_STATION", null));
                }
            }
            case "issued" -> {
                if (report.cardNumber() == null) {
                    missing.add(new FieldError("cardNumber", "REQUIRED", null));
                }
                if (report.lastFour() == null) {
                    missing.add(new FieldError("lastFour", "REQUIRED", null));
                }
            }
            case "failed" -> {
                if (report.reason() == null) {
                    missing.add(new FieldError("reason", "REQUIRED", null));
                }
            }
            default -> { }
        }
        if (!missing.isEmpty()) {
            throw ApiProblem.invalidFields(400, "VALIDATION_FAILED", missing);
        }
    }
}
