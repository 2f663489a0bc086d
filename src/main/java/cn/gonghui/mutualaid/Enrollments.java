package cn.gonghui.mutualaid;

import cn.gonghui.membership.Memberships;
import cn.gonghui.membership.Memberships.MembershipRef;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.privacy.ConsentCheck;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import cn.gonghui.security.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Members into a plan year: only active members, only into a plan of their own street's district, once
 * per member and year (the unique index decides a race), within the plan's enrollment window. A street's union enrolls its members in bulk; a member
 * without an employer's union (gig and new-form workers) enrolls herself, her fee due until an officer
 * records it paid.
 */
@ApplicationScoped
public class Enrollments {

    public static final String PURPOSE = "mutual-aid";
    static final String NOT_ACTIVE_MEMBER = "NOT_ACTIVE_MEMBER";
    static final String ALREADY_ENROLLED = "ALREADY_ENROLLED";
    static final String PLAN_OF_OTHER_DISTRICT = "PLAN_OF_OTHER_DISTRICT";

    private final MutualAidPlans plans;
    private final Memberships memberships;
    private final ConsentCheck consents;
    private final StreetQueries streets;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    public Enrollments(MutualAidPlans plans, Memberships memberships, ConsentCheck consents, StreetQueries streets,
            EntityManager entityManager, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.memberships = memberships;
        this.consents = consents;
        this.streets = streets;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The union's bulk enrollment of members of the caller's streets into a plan of their district;
     * each member's outcome named.
     */
    @Transactional
    public EnrollmentView.Bulk enrollByUnion(String planCode, List<UUID> memberIds, DataScope scope, PlanReach reach) {
        MutualAidPlan plan = open(plans.reachable(planCode, reach));
        List<EnrollmentView> enrolled = new ArrayList<>();
        List<EnrollmentView.Refusal> refused = new ArrayList<>();
        for (UUID memberId : new LinkedHashSet<>(memberIds)) {
            MembershipRef membership = memberships.activeOf(memberId)
                    .filter(active -> inScope(scope, active.streetId())).orElse(null);
            if (membership == null) {
                refused.add(new EnrollmentView.Refusal(memberId, NOT_ACTIVE_MEMBER));
                continue;
            }
            if (!ofItsDistrict(plan, membership)) {
                refused.add(new EnrollmentView.Refusal(memberId, PLAN_OF_OTHER_DISTRICT));
                continue;
            }
            MutualAidEnrollment enrollment = insert(plan, membership, MutualAidEnrollment.Channel.UNION, FeeStatus.PAID);
            if (enrollment == null) {
                refused.add(new EnrollmentView.Refusal(memberId, ALREADY_ENROLLED));
            } else {
                enrolled.add(view(enrollment, plan));
            }
        }
        audit.record(AuditEvent.of("mutual_aid.bulk_enrolled", "mutual_aid_plan", plan.id)
                .details(Map.of("enrolled", enrolled.size(), "refused", refused.size())));
        return new EnrollmentView.Bulk(enrolled, refused);
    }

    /** A gig worker enrolls herself; her fee is due. */
    @Transactional
    public EnrollmentView enrollSelf(UUID memberId, String planCode) {
        consents.require(memberId, PURPOSE);
        MembershipRef membership = memberships.activeOf(memberId)
                .orElseThrow(() -> ApiProblem.unprocessable(NOT_ACTIVE_MEMBER));
        if (memberships.withEmployer(memberId)) {
            throw ApiProblem.unprocessable("ENROLL_THROUGH_UNION");
        }
        MutualAidPlan plan = open(plans.latest(planCode).orElseThrow(MutualAidPlans::notFound));
        if (!ofItsDistrict(plan, membership)) {
            throw ApiProblem.unprocessable("MUTUAL_AID_PLAN_OF_OTHER_DISTRICT", plan.code);
        }
        MutualAidEnrollment enrollment = insert(plan, membership, MutualAidEnrollment.Channel.SELF, FeeStatus.DUE);
        if (enrollment == null) {
            throw ApiProblem.conflict(ALREADY_ENROLLED, String.valueOf(plan.year));
        }
        return view(enrollment, plan);
    }

    /** The officer records the fee paid offline; the same report again answers the record unchanged. */
    @Transactional
    public Versioned<EnrollmentView> recordFeePaid(UUID enrollmentId, DataScope scope, String ifMatch) {
        MutualAidEnrollment enrollment = find(enrollmentId, scope);
        entityManager.refresh(enrollment, LockModeType.PESSIMISTIC_WRITE);
        if (enrollment.feeStatus != FeeStatus.PAID) {
            EntityVersions.requireMatch(ifMatch, enrollment.version);
            enrollment.feeStatus = FeeStatus.MOVES.require(enrollment.feeStatus, FeeStatus.PAID);
            enrollment.updatedAt = clock.instant();
            enrollment.persistAndFlush();
            audit.record(AuditEvent.of("mutual_aid.fee_paid", "mutual_aid_enrollment", enrollment.id));
        }
        return new Versioned<>(view(enrollment, plans.latest(enrollment.planCode).orElseThrow()), enrollment.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<EnrollmentView> get(UUID id, DataScope scope) {
        MutualAidEnrollment enrollment = find(id, scope);
        return new Versioned<>(view(enrollment, plans.latest(enrollment.planCode).orElseThrow()), enrollment.version);
    }

    /** One enrollment within the scope, or 404 as if it did not exist. */
    MutualAidEnrollment find(UUID id, DataScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        String condition = scope.condition("e.streetId", "e.memberId", parameters);
        TypedQuery<MutualAidEnrollment> query = entityManager.createQuery(
                "select e from MutualAidEnrollment e where e.id = :id and " + condition, MutualAidEnrollment.class);
        parameters.forEach(query::setParameter);
        return query.getResultStream().findFirst()
                .orElseThrow(() -> ApiProblem.notFound("MUTUAL_AID_ENROLLMENT_NOT_FOUND"));
    }

    /** Every enrollment of the member, newest year first. */
    List<MutualAidEnrollment> of(UUID memberId) {
        return MutualAidEnrollment.list("memberId = ?1 order by year desc", memberId);
    }

    EnrollmentView view(MutualAidEnrollment enrollment, MutualAidPlan plan) {
        PlanTerms terms = plan.terms();
        return new EnrollmentView(enrollment.id, enrollment.planCode, enrollment.year, enrollment.memberId,
                enrollment.channel.code(), enrollment.fee.toPlainString(), enrollment.feeStatus.code(),
                terms.coveredFrom(enrollment.enrolledOn), terms.coverageEndsOn(), enrollment.createdAt);
    }

    /** The district of the member's street: only its plans protect her. */
    UUID districtOf(MembershipRef membership) {
        return streets.find(membership.streetId()).map(StreetQueries.StreetRef::districtId).orElse(null);
    }

    private boolean ofItsDistrict(MutualAidPlan plan, MembershipRef membership) {
        return plan.districtId != null && plan.districtId.equals(districtOf(membership));
    }

    private MutualAidPlan open(MutualAidPlan plan) {
        Instant now = clock.instant();
        if (now.isBefore(plan.enrollmentOpensAt) || !now.isBefore(plan.enrollmentClosesAt)) {
            throw ApiProblem.conflict("ENROLLMENT_CLOSED", plan.code);
        }
        return plan;
    }

    /** The new enrollment, or {@code null} when the member holds one of the plan's year already. */
    private MutualAidEnrollment insert(MutualAidPlan plan, MembershipRef membership, MutualAidEnrollment.Channel channel,
            FeeStatus feeStatus) {
        Instant now = clock.instant();
        UUID id = Ids.newId();
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO mutual_aid_enrollments (id, plan_code, year, member_id, street_id, channel, fee, fee_status,
                                                    enrolled_on, created_at, updated_at, version)
                VALUES (:id, :plan, :year, :member, :street, :channel, :fee, :feeStatus, :today, :now, :now, 0)
                ON CONFLICT (member_id, year) DO NOTHING""")
                .setParameter("id", id).setParameter("plan", plan.code).setParameter("year", plan.year)
                .setParameter("member", membership.memberId()).setParameter("street", membership.streetId())
                .setParameter("channel", channel.code()).setParameter("fee", plan.feePerMember)
                .setParameter("feeStatus", feeStatus.code()).setParameter("today", BeijingTime.today(clock))
                .setParameter("now", now)
                .executeUpdate();
        return inserted == 0 ? null : MutualAidEnrollment.findById(id);
    }

    private static boolean inScope(DataScope scope, UUID streetId) {
        return scope instanceof DataScope.Everything
                || scope instanceof DataScope.Streets streets && streets.ids().contains(streetId);
    }
}
