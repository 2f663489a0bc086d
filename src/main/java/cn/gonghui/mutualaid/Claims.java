package cn.gonghui.mutualaid;

import cn.gonghui.application.ApplicationRef;
import cn.gonghui.card.ActiveCards;
import cn.gonghui.disbursement.Disbursements;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.Constraints;
import cn.gonghui.privacy.BlindIndex;
import cn.gonghui.privacy.FieldCipher;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A claim's record and money: which enrollment and plan version compute it, the computation at
 * filing (shown to the officer), and at approval the amount again under the enrollment's lock, so
 * two approvals of one member take turns on the year's cap; then the payment to the active card.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Claims {

    static final String CIPHER = "mutual-aid.claim";
    static final String STAY = "mutual-aid.stay";
    public static final String PROGRAMME = "mutual-aid.claim";
    static final String CLAIM_EXISTS = "MUTUAL_AID_CLAIM_EXISTS";

    private final MutualAidPlans plans;
    private final Disbursements disbursements;
    private final ActiveCards cards;
    private final MutualAidSettings settings;
    private final SettlementFiling filing;
    private final Caller caller;
    private final FieldCipher cipher;
    private final BlindIndex index;
    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final Clock clock;

    public Claims(MutualAidPlans plans, Disbursements disbursements, ActiveCards cards, MutualAidSettings settings,
            SettlementFiling filing, Caller caller, FieldCipher cipher, BlindIndex index, ObjectMapper json,
            EntityManager entityManager, Clock clock) {
        this.plans = plans;
        this.disbursements = disbursements;
        this.cards = cards;
        this.settings = settings;
        this.filing = filing;
        this.caller = caller;
        this.cipher = cipher;
        this.index = index;
        this.json = json;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The enrollment a stay is claimed under: the one whose plan covers the admission day, else the
     * one of its year (the stay then gets nothing, and the officer sees why).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MutualAidEnrollment> enrollmentFor(UUID memberId, LocalDate admittedOn) {
        List<MutualAidEnrollment> enrollments = MutualAidEnrollment.list("memberId = ?1 order by year desc", memberId);
        return PlanChoice.coveringAdmission(enrollments,
                        enrollment -> plans.latest(enrollment.planCode).orElseThrow().terms(), admittedOn)
                .or(() -> enrollments.stream().filter(enrollment -> enrollment.year == admittedOn.getYear()).findFirst());
    }

    /** At filing and after a supplement: the claim's record, computed by the version applying at filing. */
    public MutualAidResults.Assessment assess(ApplicationRef application, ClaimForm form) {
        MutualAidEnrollment enrollment = enrollmentFor(application.memberId(), form.admitted())
                .orElseThrow(() -> ApiProblem.unprocessable("NOT_ENROLLED"));
        MutualAidPlan plan = plans.applicable(enrollment.planCode, application.submittedAt()).orElseThrow();
        ClaimComputation.Result result = compute(plan, enrollment, form, application.id());
        MutualAidClaim claim = MutualAidClaim.findById(application.id());
        Instant now = clock.instant();
        if (claim == null) {
            claim = new MutualAidClaim();
            claim.applicationId = application.id();
            claim.memberId = application.memberId();
            claim.streetId = application.streetId();
            claim.state = ClaimState.OPEN;
            claim.settlementId = filing.settlementId();
            claim.createdAt = now;
        }
        claim.enrollmentId = enrollment.id;
        claim.planId = plan.id;
        claim.year = plan.year;
        claim.stayIndex = stayIndex(application.memberId(), form.admitted());
        claim.computationCipher = cipher.encrypt(CIPHER, write(result));
        claim.maskedStay = ClaimViews.maskedStay(form, json);
        claim.updatedAt = now;
        claim.persist();
        // one claim per member and stay: the member's own and the insurance's settlement racing meet here
        Constraints.flush(entityManager, Map.of("mutual_aid_claims_stay_index_key",
                () -> ApiProblem.conflict(CLAIM_EXISTS)));
        return new MutualAidResults.Assessment(plan.code, plan.planVersion, result.outcome().code());
    }

    /**
     * At approval, computed again under the enrollment's lock (another claim may have used the cap
     * since filing): a zero is not approved, a sum above the threshold only by a district officer,
     * and only to an active card.
     */
    public MutualAidResults.Granted approve(ApplicationRef application, ClaimForm form) {
        MutualAidClaim claim = MutualAidClaim.findById(application.id());
        MutualAidEnrollment enrollment = entityManager.find(MutualAidEnrollment.class, claim.enrollmentId,
                LockModeType.PESSIMISTIC_WRITE);
        MutualAidPlan plan = MutualAidPlan.findById(claim.planId);
        ClaimComputation.Result result = compute(plan, enrollment, form, application.id());
        BigDecimal amount = result.amount();
        if (amount.signum() == 0) {
            throw ApiProblem.unprocessable("MUTUAL_AID_NOTHING_TO_PAY", result.outcome().code());
        }
        if (amount.compareTo(settings.approvalThreshold()) > 0 && !filing.autoApproving()
                && !caller.hasRole(Role.DISTRICT_OFFICER) && !caller.hasRole(Role.ADMIN)) {
            throw new ApiProblem(403, "DISTRICT_APPROVAL_REQUIRED", settings.approvalThreshold().toPlainString());
        }
        UUID card = cards.of(application.memberId()).orElseThrow(() -> ApiProblem.conflict("ACTIVE_CARD_REQUIRED"));
        claim.computationCipher = cipher.encrypt(CIPHER, write(result));
        claim.approvedCipher = cipher.encrypt(CIPHER, amount.toPlainString());
        claim.state = ClaimState.MOVES.require(claim.state, ClaimState.APPROVED);
        claim.updatedAt = clock.instant();
        UUID disbursement = disbursements.schedule(new Disbursements.Payment(application.id(), application.id(),
                application.memberId(), application.streetId(), PROGRAMME, String.valueOf(plan.year), "", amount, card));
        return new MutualAidResults.Granted(disbursement);
    }

    /** Rejected or withdrawn before approval: no longer counts, and the stay may be claimed again. */
    public void close(ApplicationRef application) {
        MutualAidClaim claim = MutualAidClaim.findById(application.id());
        if (claim != null && claim.state == ClaimState.OPEN) {
            claim.state = ClaimState.CLOSED;
            // the stay is free for a new claim (e.g. with the right invoices)
            claim.stayIndex = "closed:" + claim.applicationId;
            claim.updatedAt = clock.instant();
        }
    }

    /** The computation as filed or approved, decrypted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimComputation.Result computation(MutualAidClaim claim) {
        try {
            return json.readValue(cipher.decrypt(CIPHER, claim.computationCipher), ClaimComputation.Result.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored computation cannot be read", e);
        }
    }

    /** What the member was approved under the enrollment, this claim left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal claimedUnder(UUID enrollmentId, UUID leavingOut) {
        List<MutualAidClaim> approved = MutualAidClaim.list("enrollmentId = ?1 and state = ?2", enrollmentId,
                ClaimState.APPROVED);
        return approved.stream().filter(claim -> !claim.applicationId.equals(leavingOut))
                .map(claim -> new BigDecimal(cipher.decrypt(CIPHER, claim.approvedCipher)))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Whether the member claimed this stay already (any open or approved claim). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MutualAidClaim> ofStay(UUID memberId, LocalDate admittedOn) {
        return MutualAidClaim.find("stayIndex", stayIndex(memberId, admittedOn)).firstResultOptional();
    }

    static ApiProblem notFound() {
        return ApiProblem.notFound("APPLICATION_NOT_FOUND");
    }

    private ClaimComputation.Result compute(MutualAidPlan plan, MutualAidEnrollment enrollment, ClaimForm form,
            UUID applicationId) {
        PlanTerms terms = plan.terms();
        return ClaimComputation.compute(terms, terms.coveredFrom(enrollment.enrolledOn), form.stay(),
                claimedUnder(enrollment.id, applicationId));
    }

    /** One stay is the member's admission on a day: the same stay whoever reports it, whatever the discharge. */
    private String stayIndex(UUID memberId, LocalDate admittedOn) {
        return index.of(STAY, memberId + "|" + admittedOn);
    }

    private String write(ClaimComputation.Result result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
