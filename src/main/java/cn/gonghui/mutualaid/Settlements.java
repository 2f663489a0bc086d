package cn.gonghui.mutualaid;

import cn.gonghui.application.Action;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.ApplicationRequest;
import cn.gonghui.application.ApplicationSubmission;
import cn.gonghui.application.OfficerActions;
import cn.gonghui.card.ActiveCards;
import cn.gonghui.identity.MembersByIdNumber;
import cn.gonghui.notification.Notifier;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.privacy.BlindIndex;
import cn.gonghui.privacy.ConsentCheck;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * 免申即享: the medical insurance reports a discharge and the service files the claim itself for an
 * enrolled member, computed as a filed one. Only with her standing consent to the purpose, within the
 * auto-pay limit and to an active card does it approve and pay it too; otherwise the claim waits for
 * the street's officer like a filed one. Either way she is told.
 * Each settlement is handled once per system and id: a repeat answers the first outcome, another
 * body under the same id is a 409, and a settlement racing the member's own claim of the stay meets
 * it at the claims' unique stay and answers {@code claim_exists}.
 */
@ApplicationScoped
public class Settlements {

    static final String FINGERPRINT = "mutual-aid.settlement";
    private static final String PAGE = "pages/mutual-aid/index";

    private final MembersByIdNumber members;
    private final Claims claims;
    private final ClaimQueries claimQueries;
    private final ConsentCheck consents;
    private final ApplicationSubmission submission;
    private final OfficerActions actions;
    private final ActiveCards cards;
    private final StreetQueries streets;
    private final SettlementFiling filing;
    private final MutualAidSettings settings;
    private final Notifier notifier;
    private final BlindIndex index;
    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final Clock clock;

    public Settlements(MembersByIdNumber members, Claims claims, ClaimQueries claimQueries, ConsentCheck consents,
            ApplicationSubmission submission, OfficerActions actions, ActiveCards cards, StreetQueries streets,
            SettlementFiling filing, MutualAidSettings settings, Notifier notifier, BlindIndex index, ObjectMapper json,
            EntityManager entityManager, Clock clock) {
        this.members = members;
        this.claims = claims;
        this.claimQueries = claimQueries;
        this.consents = consents;
        this.submission = submission;
        this.actions = actions;
        this.cards = cards;
        this.streets = streets;
        this.filing = filing;
        this.settings = settings;
        this.notifier = notifier;
        this.index = index;
        this.json = json;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public SettlementView receive(String clientId, SettlementRequest settlement) {
        String fingerprint = index.of(FINGERPRINT, write(settlement));
        int fresh = entityManager.createNativeQuery("""
                INSERT INTO mutual_aid_settlements (settlement_id, client_id, fingerprint, outcome, received_at)
                VALUES (:settlement, :client, :fingerprint, 'received', :now)
                ON CONFLICT (client_id, settlement_id) DO NOTHING""")
                .setParameter("settlement", settlement.settlementId()).setParameter("client", clientId)
                .setParameter("fingerprint", fingerprint).setParameter("now", clock.instant())
                .executeUpdate();
        if (fresh == 0) {
            return replay(clientId, settlement, fingerprint);
        }
        Optional<UUID> member = members.find("idNumber", settlement.idNumber(), BeijingTime.today(clock));
        Optional<MutualAidEnrollment> enrollment = member
                .flatMap(id -> claims.enrollmentFor(id, settlement.admittedOn()));
        if (enrollment.isEmpty()) {
            return record(clientId, settlement, null, "not_enrolled", null);
        }
        UUID memberId = member.get();
        Optional<MutualAidClaim> existing = claims.ofStay(memberId, settlement.admittedOn());
        if (existing.isPresent()) {
            return record(clientId, settlement, memberId, "claim_exists", existing.get().applicationId);
        }
        filing.filing(settlement.settlementId());
        String street = streets.find(enrollment.get().streetId).orElseThrow().code();
        ApplicationRequest request = new ApplicationRequest(Claims.PROGRAMME, street, form(settlement), List.of());
        // the claim rests on her enrollment; her consent to the purpose only lets the service pay it unreviewed
        boolean consented = consents.given(memberId, Enrollments.PURPOSE);
        ApplicationRef claim = consented ? submission.submitFor(memberId, request)
                : submission.openOnOtherBasisFor(memberId, request);
        BigDecimal amount = new BigDecimal(claimQueries.computed(claim.id()));
        if (consented && amount.signum() > 0 && amount.compareTo(settings.autoPayLimit()) <= 0
                && cards.of(memberId).isPresent()) {
            filing.autoApproving(true);
            actions.actAsSystem(claim.id(), Action.ACCEPT, null);
            actions.actAsSystem(claim.id(), Action.APPROVE, null);
            notifier.notify(new Notifier.Topic(memberId, "mutual_aid_auto_paid", settlement.hospitalName(),
                    claim.number(), amount.toPlainString(), PAGE));
            return record(clientId, settlement, memberId, "auto_paid", claim.id());
        }
        notifier.notify(new Notifier.Topic(memberId, "mutual_aid_claim_opened", settlement.hospitalName(),
                claim.number(), settlement.admittedOn().toString(), PAGE));
        return record(clientId, settlement, memberId, "claim_filed", claim.id());
    }

    private SettlementView replay(String clientId, SettlementRequest settlement, String fingerprint) {
        Object[] stored = (Object[]) entityManager.createNativeQuery("""
                SELECT fingerprint, outcome, application_id FROM mutual_aid_settlements
                 WHERE client_id = :client AND settlement_id = :settlement""")
                .setParameter("client", clientId).setParameter("settlement", settlement.settlementId())
                .getSingleResult();
        if (!fingerprint.equals(stored[0])) {
            throw ApiProblem.conflict("SETTLEMENT_CONFLICT", settlement.settlementId());
        }
        return new SettlementView(settlement.settlementId(), (String) stored[1], (UUID) stored[2]);
    }

    private SettlementView record(String clientId, SettlementRequest settlement, UUID memberId, String outcome,
            UUID applicationId) {
        entityManager.createNativeQuery("""
                UPDATE mutual_aid_settlements SET member_id = :member, outcome = :outcome, application_id = :application
                 WHERE client_id = :client AND settlement_id = :settlement""")
                .unwrap(NativeQuery.class)
                .setParameter("member", memberId, UUID.class).setParameter("outcome", outcome)
                .setParameter("application", applicationId, UUID.class)
                .setParameter("client", clientId).setParameter("settlement", settlement.settlementId())
                .executeUpdate();
        return new SettlementView(settlement.settlementId(), outcome, applicationId);
    }

    private ObjectNode form(SettlementRequest settlement) {
        ObjectNode form = json.createObjectNode();
        form.put("admittedOn", settlement.admittedOn().toString());
        form.put("dischargedOn", settlement.dischargedOn().toString());
        form.put("hospitalName", settlement.hospitalName());
        form.put("hospitalLevel", settlement.hospitalLevel().code());
        form.put("totalCost", settlement.totalCost());
        form.put("insurancePaid", settlement.insurancePaid());
        form.put("selfPaid", settlement.selfPaid());
        return form;
    }

    private String write(SettlementRequest settlement) {
        try {
            return json.writeValueAsString(settlement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
