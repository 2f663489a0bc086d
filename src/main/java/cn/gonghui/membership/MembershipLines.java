package cn.gonghui.membership;

import cn.gonghui.application.Applicant;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.LineRules;
import cn.gonghui.application.WithdrawalAfterApproval;
import cn.gonghui.catalogue.Service;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.place.StreetQueries.StreetRef;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.Constraints;
import cn.gonghui.platform.id.HumanNumbers;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The membership lines on the engine. Joining needs a recorded identity, an age of 16 and no
 * membership yet; its approval issues the member number. A transfer needs an active membership;
 * its approval moves it to the receiving street and union, keeping the number.
 */
@ApplicationScoped
public class MembershipLines implements LineRules<MembershipForm> {

    static final String JOIN = "membership.join";
    static final String TRANSFER = "membership.transfer";
    private static final int MINIMUM_AGE = 16;

    private final HumanNumbers numbers;
    private final EntityManager entityManager;
    private final Clock clock;
    private final StreetQueries streets;
    private final MembershipEvents events;

    public MembershipLines(HumanNumbers numbers, EntityManager entityManager, Clock clock, StreetQueries streets,
            MembershipEvents events) {
        this.streets = streets;
        this.events = events;
        this.numbers = numbers;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Set<String> lines() {
        return Set.of(JOIN, TRANSFER);
    }

    /**
     * Refused on both lines: a join's approval issued the member number and made the membership
     * active, a transfer's moved it; neither is the applicant's to take back.
     */
    @Override
    public WithdrawalAfterApproval withdrawalAfterApproval(String line) {
        return WithdrawalAfterApproval.REFUSED;
    }

    @Override
    public Class<MembershipForm> formView() {
        return MembershipForm.class;
    }

    @Override
    public void beforeSubmit(Applicant applicant, Service service, MembershipForm form) {
        if (JOIN.equals(service.line())) {
            int age = applicant.age().orElseThrow(() -> ApiProblem.unprocessable("IDENTITY_REQUIRED"));
            if (age < MINIMUM_AGE) {
                throw ApiProblem.unprocessable("TOO_YOUNG_TO_JOIN", MINIMUM_AGE);
            }
            if (Membership.activeOf(applicant.memberId()).isPresent()) {
                throw ApiProblem.unprocessable("ALREADY_MEMBER");
            }
        } else if (Membership.activeOf(applicant.memberId()).isEmpty()) {
            throw ApiProblem.unprocessable("MEMBERSHIP_REQUIRED");
        }
    }

    @Override
    public void checkForm(UUID memberId, Service service, MembershipForm form) {
        form.check();
    }

    /** Joins or transfers into the application's street and its union, named after the street. */
    @Override
    public MembershipResult onApproved(ApplicationRef application, MembershipForm form) {
        StreetRef street = streets.find(application.streetId()).orElseThrow();
        Membership membership = JOIN.equals(application.serviceCode()) ? join(application, street, form)
                : transfer(application, street, form);
        return new MembershipResult(membership.number, membership.unionName);
    }

    private Membership join(ApplicationRef application, StreetRef street, MembershipForm form) {
        Instant now = clock.instant();
        String year = String.valueOf(BeijingTime.today(clock).getYear());
        String prefix = street.districtNumberPrefix();
        Membership membership = new Membership();
        membership.id = Ids.newId();
        membership.memberId = application.memberId();
        membership.number = prefix + year + String.format("%06d", numbers.next("member:" + prefix + ":" + year));
        membership.status = MembershipStatus.ACTIVE;
        membership.streetId = street.id();
        membership.createdAt = now;
        membership.since = BeijingTime.today(clock);
        apply(membership, form, street, now);
        membership.persist();
        // the line's check ran at submission; the constraint decides a race with another approval
        Constraints.flush(entityManager, Map.of("memberships_member_id_key", () -> ApiProblem.conflict("ALREADY_MEMBER")));
        record(membership, "joined", application, now);
        return membership;
    }

    private Membership transfer(ApplicationRef application, StreetRef street, MembershipForm form) {
        Membership membership = Membership.activeOf(application.memberId())
                .orElseThrow(() -> ApiProblem.conflict("MEMBERSHIP_REQUIRED"));
        Instant now = clock.instant();
        membership.streetId = street.id();
        apply(membership, form, street, now);
        record(membership, "transferred", application, now);
        return membership;
    }

    private static void apply(Membership membership, MembershipForm form, StreetRef street, Instant now) {
        membership.unionName = form.unionIn(street.name());
        membership.employerName = form.employerName();
        membership.creditCode = form.creditCode();
        membership.occupation = form.occupation();
        membership.updatedAt = now;
    }

    private void record(Membership membership, String event, ApplicationRef application, Instant now) {
        MembershipEvent history = new MembershipEvent();
        history.id = Ids.newId();
        history.membership = membership;
        history.at = now;
        history.event = event;
        history.streetId = membership.streetId;
        history.unionName = membership.unionName;
        history.applicationId = application.id();
        history.persist();
        events.changed(membership.id, membership.memberId, membership.streetId, event, membership.status);
    }
}
