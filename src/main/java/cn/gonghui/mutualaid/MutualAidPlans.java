package cn.gonghui.mutualaid;

import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.Constraints;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Plans and their versions. A plan's rules change freely until its coverage starts; from then on it
 * is in force and a correction is a new version, which applies to claims filed after it: nobody's
 * claim is recomputed by rules that were not in force when it was filed.
 */
@ApplicationScoped
public class MutualAidPlans {

    /** Stands for a district code that names none: the list then holds nothing. */
    private static final UUID NO_DISTRICT = new UUID(0, 0);

    private final EntityManager entityManager;
    private final StreetQueries streets;
    private final AuditLog audit;
    private final Clock clock;

    public MutualAidPlans(EntityManager entityManager, StreetQueries streets, AuditLog audit, Clock clock) {
        this.entityManager = entityManager;
        this.streets = streets;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A plan of one district: a district officer's own (naming another is a 403), the one an
     * administrator names (an unknown one is a 422). Codes are unique across districts.
     */
    @Transactional
    public Versioned<PlanView> create(PlanRequest request, PlanReach reach) {
        UUID district = districtOf(request, reach);
        check(request);
        MutualAidPlan plan = fill(new MutualAidPlan(), request);
        plan.districtId = district;
        plan.id = Ids.newId();
        plan.planVersion = 1;
        plan.appliesFrom = plan.createdAt;
        plan.persist();
        Constraints.flush(entityManager, Map.of("mutual_aid_plans_code_plan_version_key",
                () -> ApiProblem.conflict("MUTUAL_AID_PLAN_EXISTS", request.code())));
        audit.record(AuditEvent.of("mutual_aid.plan_created", "mutual_aid_plan", plan.id));
        return versioned(plan);
    }

    /** Changes a plan not yet in force; one in force is a 409 naming the way: a new version. */
    @Transactional
    public Versioned<PlanView> replace(String code, PlanRequest request, String ifMatch, PlanReach reach) {
        MutualAidPlan plan = lockLatest(code, reach);
        EntityVersions.requireMatch(ifMatch, tagOf(plan));
        if (!request.code().equals(code)) {
            throw ApiProblem.invalidField(422, "MUTUAL_AID_PLAN_INVALID", "code", "CODE_CHANGED");
        }
        UUID district = districtKept(plan, request, reach);
        if (plan.inForce(BeijingTime.today(clock))) {
            throw ApiProblem.conflict("MUTUAL_AID_PLAN_IN_FORCE", code);
        }
        check(request);
        fill(plan, request);
        plan.districtId = district;
        plan.appliesFrom = plan.planVersion == 1 ? plan.createdAt : plan.updatedAt;
        plan.persistAndFlush();
        audit.record(AuditEvent.of("mutual_aid.plan_changed", "mutual_aid_plan", plan.id));
        return versioned(plan);
    }

    /** A correction: the next version, for claims filed from now on; the plan's code and year stay. */
    @Transactional
    public Versioned<PlanView> correct(String code, PlanRequest request, String ifMatch, PlanReach reach) {
        MutualAidPlan latest = lockLatest(code, reach);
        EntityVersions.requireMatch(ifMatch, tagOf(latest));
        if (!request.code().equals(code)) {
            throw ApiProblem.invalidField(422, "MUTUAL_AID_PLAN_INVALID", "code", "CODE_CHANGED");
        }
        UUID district = districtKept(latest, request, reach);
        if (request.year() != latest.year) {
            throw ApiProblem.invalidField(422, "MUTUAL_AID_PLAN_INVALID", "year", "YEAR_CHANGED");
        }
        check(request);
        MutualAidPlan next = fill(new MutualAidPlan(), request);
        next.districtId = district;
        next.id = Ids.newId();
        next.planVersion = latest.planVersion + 1;
        next.appliesFrom = next.createdAt;
        next.persistAndFlush();
        audit.record(AuditEvent.of("mutual_aid.plan_corrected", "mutual_aid_plan", next.id));
        return versioned(next);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<PlanView> get(String code, PlanReach reach) {
        return versioned(reachable(code, reach));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView version(String code, int planVersion, PlanReach reach) {
        reachable(code, reach);
        MutualAidPlan plan = MutualAidPlan.<MutualAidPlan>find("code = ?1 and planVersion = ?2", code, planVersion)
                .firstResultOptional().orElseThrow(MutualAidPlans::notFound);
        return view(plan);
    }

    /** The versions within reach, newest first; by year and district (an unknown district has none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanView> list(Integer year, String districtCode, PageParams page, PlanReach reach) {
        UUID district = districtCode == null ? null
                : streets.district(districtCode).map(StreetQueries.DistrictRef::id).orElse(NO_DISTRICT);
        return KeysetQuery.jpql("select p from MutualAidPlan p", MutualAidPlan.class)
                .where(parameters -> reach.condition("p", parameters))
                .whereEqual("p.year", "year", year)
                .whereEqual("p.districtId", "district", district)
                .orderBy(Direction.DESCENDING, SortKey.instant("p.createdAt"), SortKey.uuid("p.id"))
                .page(page)
                .fetchPage(entityManager, plan -> Cursor.of(plan.createdAt, plan.id), this::view);
    }

    /** The newest version of a plan. */
    public Optional<MutualAidPlan> latest(String code) {
        return MutualAidPlan.<MutualAidPlan>find("code = ?1 order by planVersion desc", code).firstResultOptional();
    }

    /** The version of a plan that applies to a claim filed at that instant: the newest one applying by then. */
    public Optional<MutualAidPlan> applicable(String code, Instant filedAt) {
        List<MutualAidPlan> versions = MutualAidPlan.list("code", code);
        return PlanChoice.applying(versions.stream()
                        .map(plan -> new PlanChoice.Version(plan.planVersion, plan.appliesFrom, plan.terms())).toList(), filedAt)
                .flatMap(chosen -> versions.stream().filter(plan -> plan.planVersion == chosen.planVersion()).findFirst());
    }

    /** The newest version of a plan within the reach, or 404 as if there were none. */
    MutualAidPlan reachable(String code, PlanReach reach) {
        return latest(code).filter(plan -> reach.reaches(plan.districtId)).orElseThrow(MutualAidPlans::notFound);
    }

    /** The plans of a district open for enrollment now, the newest version of each. */
    List<MutualAidPlan> openIn(UUID districtId) {
        Instant now = clock.instant();
        return MutualAidPlan.<MutualAidPlan>list("districtId = ?1 and enrollmentOpensAt <= ?2 and enrollmentClosesAt > ?2 "
                        + "order by code, planVersion desc", districtId, now)
                .stream().filter(plan -> latest(plan.code).map(newest -> newest.id.equals(plan.id)).orElse(false))
                .toList();
    }

    private MutualAidPlan lockLatest(String code, PlanReach reach) {
        MutualAidPlan plan = reachable(code, reach);
        entityManager.refresh(plan, LockModeType.PESSIMISTIC_WRITE);
        return latest(code).orElseThrow(MutualAidPlans::notFound);
    }

    private UUID districtOf(PlanRequest request, PlanReach reach) {
        if (request.districtCode() == null) {
            if (reach.ownDistrict() == null) {
                throw ApiProblem.invalidField(422, "MUTUAL_AID_PLAN_INVALID", "districtCode", "REQUIRED");
            }
            return reach.ownDistrict();
        }
        UUID district = streets.district(request.districtCode()).map(StreetQueries.DistrictRef::id)
                .orElseThrow(() -> ApiProblem.invalidField(422, "MUTUAL_AID_PLAN_INVALID", "districtCode",
                        "UNKNOWN_DISTRICT"));
        if (!reach.reaches(district)) {
            throw new ApiProblem(403, "MUTUAL_AID_PLAN_OUT_OF_REACH", request.districtCode());
        }
        return district;
    }

    /**
     * A plan keeps its district; one kept before plans had districts (reached by administrators only)
     * takes the one its change names.
     */
    private UUID districtKept(MutualAidPlan plan, PlanRequest request, PlanReach reach) {
        if (plan.districtId == null) {
            return districtOf(request, reach);
        }
        if (request.districtCode() != null && !streets.district(request.districtCode())
                .map(StreetQueries.DistrictRef::id).filter(id -> id.equals(plan.districtId)).isPresent()) {
            throw ApiProblem.invalidField(422, "MUTUAL_AID_PLAN_INVALID", "districtCode", "DISTRICT_CHANGED");
        }
        return plan.districtId;
    }

    private MutualAidPlan fill(MutualAidPlan plan, PlanRequest request) {
        Instant now = clock.instant();
        plan.code = request.code();
        plan.name = request.name().strip();
        plan.year = request.year();
        plan.enrollmentOpensAt = request.enrollmentOpensAt();
        plan.enrollmentClosesAt = request.enrollmentClosesAt();
        plan.coverageStartsOn = request.coverageStartsOn();
        plan.coverageEndsOn = request.coverageEndsOn();
        plan.feePerMember = new BigDecimal(request.feePerMember());
        plan.deductible = new BigDecimal(request.deductible());
        ObjectNode rates = JsonNodeFactory.instance.objectNode();
        request.rates().forEach(rate -> rates.put(rate.hospitalLevel().code(), new BigDecimal(rate.rate()).setScale(2).toPlainString()));
        plan.rates = rates;
        plan.annualCapPerMember = new BigDecimal(request.annualCapPerMember());
        plan.waitingDays = request.waitingDays();
        if (plan.createdAt == null) {
            plan.createdAt = now;
        }
        plan.updatedAt = now;
        return plan;
    }

    /** The rules across fields: windows in order, the coverage within its year, each level rated once. */
    private static void check(PlanRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (!request.enrollmentClosesAt().isAfter(request.enrollmentOpensAt())) {
            errors.add(FieldError.of("enrollmentClosesAt", "CLOSES_BEFORE_OPENING"));
        }
        if (request.coverageEndsOn().isBefore(request.coverageStartsOn())) {
            errors.add(FieldError.of("coverageEndsOn", "BEFORE_START"));
        }
        if (request.coverageStartsOn().getYear() != request.year()) {
            errors.add(FieldError.of("coverageStartsOn", "NOT_IN_PLAN_YEAR"));
        }
        if (request.rates().stream().map(PlanRequest.Rate::hospitalLevel).distinct().count() != request.rates().size()) {
            errors.add(FieldError.of("rates", "LEVEL_TWICE"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(422, "MUTUAL_AID_PLAN_INVALID", errors);
        }
    }

    private Versioned<PlanView> versioned(MutualAidPlan plan) {
        return new Versioned<>(view(plan), tagOf(plan));
    }

    /**
     * A plan's ETag names its version and that version's changes: a correction (a new version) makes
     * every tag of the one before it stale.
     */
    private static long tagOf(MutualAidPlan plan) {
        return plan.planVersion * 1_000_000L + plan.version;
    }

    PlanView view(MutualAidPlan plan) {
        List<PlanView.RateView> rates = new ArrayList<>();
        plan.rates.fields().forEachRemaining(rate -> rates.add(new PlanView.RateView(HospitalLevel.ofCode(rate.getKey()),
                rate.getValue().asText())));
        String district = plan.districtId == null ? null
                : streets.district(plan.districtId).map(StreetQueries.DistrictRef::code).orElse(null);
        return new PlanView(plan.id, plan.code, plan.planVersion, plan.name, district, plan.year, plan.enrollmentOpensAt,
                plan.enrollmentClosesAt, plan.coverageStartsOn, plan.coverageEndsOn, plan.feePerMember.toPlainString(),
                plan.deductible.toPlainString(), rates, plan.annualCapPerMember.toPlainString(), plan.waitingDays,
                plan.appliesFrom, plan.inForce(BeijingTime.today(clock)), plan.createdAt);
    }

    static ApiProblem notFound() {
        return ApiProblem.notFound("MUTUAL_AID_PLAN_NOT_FOUND");
    }

    /** Today in Beijing, for the callers deciding by the calendar day. */
    LocalDate today() {
        return BeijingTime.today(clock);
    }
}
