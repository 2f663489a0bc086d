package cn.gonghui.mutualaid;

import cn.gonghui.application.ApplicationQueries;
import cn.gonghui.application.ApplicationViews.SensitiveFormView;
import cn.gonghui.privacy.FieldCipher;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import cn.gonghui.security.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Claims as officers check them (plain, audited) and as the member follows them with the year's cap. */
@ApplicationScoped
public class ClaimQueries {

    private final ApplicationQueries applications;
    private final Claims claims;
    private final Enrollments enrollments;
    private final MutualAidPlans plans;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    public ClaimQueries(ApplicationQueries applications, Claims claims, Enrollments enrollments, MutualAidPlans plans,
            FieldCipher cipher, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.claims = claims;
        this.enrollments = enrollments;
        this.plans = plans;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The whole claim in plain: the application's own audited view of the form decides the reach (a
     * claim outside the caller's streets is a 404 and its look recorded as denied), then the claim's look.
     */
    @Transactional
    public ClaimViews.OfficerView forOfficer(UUID applicationId, DataScope scope, String reason) {
        SensitiveFormView form = applications.sensitiveForm(applicationId, scope, reason);
        MutualAidClaim claim = MutualAidClaim.findById(applicationId);
        if (claim == null) {
            throw Claims.notFound();
        }
        audit.record(AuditEvent.of("mutual_aid.claim_viewed", "application", applicationId));
        MutualAidPlan plan = MutualAidPlan.findById(claim.planId);
        return new ClaimViews.OfficerView(applicationId, plan.code, plan.planVersion, claim.state.code(),
                claim.settlementId != null, form.form(), ClaimViews.ComputationView.of(claims.computation(claim)),
                approved(claim));
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
        Instant now = clock.instant();
        List<PlanView> open = MutualAidPlan.<MutualAidPlan>list(
                        "enrollmentOpensAt <= ?1 and enrollmentClosesAt > ?1 order by code, planVersion desc", now)
                .stream().filter(plan -> plans.latest(plan.code).map(latest -> latest.id.equals(plan.id)).orElse(false))
                .map(plans::view).toList();
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
