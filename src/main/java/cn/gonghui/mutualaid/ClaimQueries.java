package cn.gonghui.mutualaid;

import cn.gonghui.application.ApplicationQueries;
import cn.gonghui.application.ApplicationViews.SensitiveFormView;
import cn.gonghui.membership.Memberships;
import cn.gonghui.privacy.FieldCipher;
import cn.gonghui.privacy.Masking;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import cn.gonghui.security.DataScope;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Claims as officers check them (plain and audited to their street, masked to the district's officers
 * unless asked plain) and as the member follows them with the year's cap.
 */
@ApplicationScoped
public class ClaimQueries {

    private final ApplicationQueries applications;
    private final Claims claims;
    private final Enrollments enrollments;
    private final MutualAidPlans plans;
    private final FieldCipher cipher;
    private final Memberships memberships;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final EntityManager entityManager;

    public ClaimQueries(ApplicationQueries applications, Claims claims, Enrollments enrollments, MutualAidPlans plans,
            FieldCipher cipher, Memberships memberships, AuditLog audit, ObjectMapper json, EntityManager entityManager) {
        this.applications = applications;
        this.claims = claims;
        this.enrollments = enrollments;
        this.plans = plans;
        this.cipher = cipher;
        this.memberships = memberships;
        this.audit = audit;
        this.json = json;
        this.entityManager = entityManager;
    }

    /**
     * The claim as this officer may see it. Plain to the officers of its own street and, asked for, to
     * the other officers within reach: then the application's own audited view of the form decides the
     * reach (outside it a 404, the look recorded as denied) and the claim's look is audited too. Those
     * other officers (the district's) otherwise see the stay and the sums masked.
     */
    @Transactional
    public ClaimViews.OfficerView forOfficer(UUID applicationId, DataScope scope, String reason, boolean ofTheStreet,
            boolean plaintext) {
        if (!ofTheStreet && !plaintext) {
            MutualAidClaim claim = within(applicationId, scope);
            MutualAidPlan plan = MutualAidPlan.findById(claim.planId);
            return new ClaimViews.OfficerView(applicationId, plan.code, plan.planVersion, claim.state.code(),
                    claim.settlementId != null, claim.maskedStay != null ? claim.maskedStay : ClaimViews.hiddenStay(json),
                    ClaimViews.ComputationView.masked(claims.computation(claim)),
                    claim.approvedCipher == null ? null : Masking.amount(claim.approvedCipher), true);
        }
        SensitiveFormView form = applications.sensitiveForm(applicationId, scope, reason);
        MutualAidClaim claim = MutualAidClaim.findById(applicationId);
        if (claim == null) {
            throw Claims.notFound();
        }
        audit.record(AuditEvent.of("mutual_aid.claim_viewed", "application", applicationId));
        MutualAidPlan plan = MutualAidPlan.findById(claim.planId);
        return new ClaimViews.OfficerView(applicationId, plan.code, plan.planVersion, claim.state.code(),
                claim.settlementId != null, form.form(), ClaimViews.ComputationView.of(claims.computation(claim)),
                approved(claim), false);
    }

    /** A claim within the scope, or 404 as if it did not exist. */
    private MutualAidClaim within(UUID applicationId, DataScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", applicationId);
        String condition = scope.condition("c.streetId", "c.memberId", parameters);
        TypedQuery<MutualAidClaim> query = entityManager.createQuery(
                "select c from MutualAidClaim c where c.applicationId = :id and " + condition, MutualAidClaim.class);
        parameters.forEach(query::setParameter);
        return query.getResultStream().findFirst().orElseThrow(Claims::notFound);
    }

    /** The member's enrollments, newest year first, each with its claims and what is left of its cap. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimViews.MineView mine(UUID memberId) {
        List<ClaimViews.MyEnrollment> mine = new ArrayList<>();
        for (MutualAidEnrollment enrollment : enrollments.of(memberId)) {
            MutualAidPlan plan = plans.latest(enrollment.planCode).orElseThrow();
            BigDecimal claimed = claims.claimedUnder(enrollment.id, null);
            List<ClaimViews.MyClaim> ofYear = new ArrayList<>();
            for (MutualAidClaim claim : MutualAidClaim.<MutualAidClaim>list(
                    "enrollmentId = ?1 order by createdAt desc", enrollment.id)) {
                ofYear.add(new ClaimViews.MyClaim(claim.applicationId, claim.state.code(),
                        ClaimViews.ComputationView.of(claims.computation(claim)), approved(claim)));
            }
            mine.add(new ClaimViews.MyEnrollment(enrollments.view(enrollment, plan),
                    ClaimViews.money(plan.annualCapPerMember), ClaimViews.money(claimed),
                    ClaimViews.money(plan.annualCapPerMember.subtract(claimed).max(BigDecimal.ZERO)), ofYear));
        }
        // only the plans of her own street's district protect her
        List<PlanView> open = memberships.activeOf(memberId).map(enrollments::districtOf).map(plans::openIn)
                .orElse(List.of()).stream().map(plans::view).toList();
        return new ClaimViews.MineView(mine, open);
    }

    /** The amount the claim's computation came to, as filed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String computed(UUID applicationId) {
        return claims.computation(MutualAidClaim.findById(applicationId)).amount().toPlainString();
    }

    private String approved(MutualAidClaim claim) {
        return claim.approvedCipher == null ? null : cipher.decrypt(Claims.CIPHER, claim.approvedCipher);
    }
}
