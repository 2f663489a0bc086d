package cn.gonghui.application;

import static cn.gonghui.application.ApplicationStatus.ACCEPTED;
import static cn.gonghui.application.ApplicationStatus.APPROVED;
import static cn.gonghui.application.ApplicationStatus.AWAITING_APPOINTMENT;
import static cn.gonghui.application.ApplicationStatus.COMPLETED;
import static cn.gonghui.application.ApplicationStatus.ESCALATED;
import static cn.gonghui.application.ApplicationStatus.IN_REVIEW;
import static cn.gonghui.application.ApplicationStatus.NEEDS_INFO;
import static cn.gonghui.application.ApplicationStatus.REJECTED;
import static cn.gonghui.application.ApplicationStatus.SUBMITTED;
import static cn.gonghui.application.ApplicationStatus.WITHDRAWN;

import cn.gonghui.catalogue.Service;
import cn.gonghui.platform.error.ApiProblem;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one state machine of every line. A transition names the action, the statuses it leaves
 * from, where it leads, and a guard over the situation: whether the line uses an appointment or a
 * district review, the appointment's state, who acts. Lines differ only by those switches and
 * their {@link LineRules}; no line has a state machine of its own.
 */
public final class ApplicationLifecycle {

    /**
     * Everything a guard may look at; {@code afterApproval} is the line's word on a withdrawal once
     * approved.
     */
    public record Situation(Service service, Actor actor, Appointment.State appointment, boolean evaluated,
            WithdrawalAfterApproval afterApproval) {

        boolean appointmentIs(Appointment.State state) {
            return appointment == state;
        }

        /** The same situation with the line's refusal set aside: an erasure closes every open application. */
        public Situation erasing() {
            return new Situation(service, actor, appointment, evaluated, WithdrawalAfterApproval.ALLOWED);
        }
    }

    private record Transition(Action action, Set<ApplicationStatus> from, ApplicationStatus to,
            Predicate<Situation> guard) {
    }

    private static final Set<ApplicationStatus> OPEN = EnumSet.of(SUBMITTED, ACCEPTED, NEEDS_INFO, AWAITING_APPOINTMENT,
            IN_REVIEW, ESCALATED, APPROVED);
    private static final Predicate<Situation> ALWAYS = situation -> true;
    private static final Predicate<Situation> DISTRICT_OFFICER =
            situation -> situation.actor().kind() == Actor.Kind.DISTRICT_OFFICER;
    private static final Predicate<Situation> APPOINTMENT = situation -> situation.service().usesAppointment();
    private static final Predicate<Situation> DISTRICT_REVIEW = situation -> situation.service().usesDistrictReview();

    /** Where an action leads; {@code null} as target means the status stays. */
    private static final List<Transition> TRANSITIONS = List.of(
            new Transition(Action.ACCEPT, EnumSet.of(SUBMITTED), ACCEPTED, ALWAYS),
            new Transition(Action.REQUEST_INFO, EnumSet.of(ACCEPTED), NEEDS_INFO, ALWAYS),
            new Transition(Action.SUPPLEMENT, EnumSet.of(NEEDS_INFO), ACCEPTED, ALWAYS),
            new Transition(Action.INVITE_APPOINTMENT, EnumSet.of(ACCEPTED), AWAITING_APPOINTMENT, APPOINTMENT),
            new Transition(Action.BOOK_APPOINTMENT, EnumSet.of(AWAITING_APPOINTMENT), null,
                    situation -> situation.appointmentIs(Appointment.State.PROPOSED)
                            || situation.appointmentIs(Appointment.State.BOOKED)),
            new Transition(Action.CANCEL_APPOINTMENT, EnumSet.of(AWAITING_APPOINTMENT), null,
                    situation -> situation.appointmentIs(Appointment.State.BOOKED)),
            new Transition(Action.RECORD_VISIT, EnumSet.of(AWAITING_APPOINTMENT), IN_REVIEW,
                    situation -> situation.appointmentIs(Appointment.State.BOOKED)),
            new Transition(Action.APPROVE, EnumSet.of(IN_REVIEW), APPROVED, DISTRICT_REVIEW.negate()),
            new Transition(Action.APPROVE, EnumSet.of(ACCEPTED), APPROVED, APPOINTMENT.negate().and(DISTRICT_REVIEW.negate())),
            new Transition(Action.ESCALATE, EnumSet.of(IN_REVIEW), ESCALATED, DISTRICT_REVIEW),
            new Transition(Action.ESCALATE, EnumSet.of(ACCEPTED), ESCALATED, DISTRICT_REVIEW.and(APPOINTMENT.negate())),
            new Transition(Action.APPROVE, EnumSet.of(ESCALATED), APPROVED, DISTRICT_OFFICER),
            new Transition(Action.REJECT, EnumSet.of(SUBMITTED, ACCEPTED, NEEDS_INFO, AWAITING_APPOINTMENT, IN_REVIEW),
                    REJECTED, ALWAYS),
            new Transition(Action.REJECT, EnumSet.of(ESCALATED), REJECTED, DISTRICT_OFFICER),
            new Transition(Action.COMPLETE, EnumSet.of(APPROVED), COMPLETED, ALWAYS),
            new Transition(Action.ASSIGN, OPEN, null, ALWAYS),
            new Transition(Action.WITHDRAW, EnumSet.of(SUBMITTED, ACCEPTED, NEEDS_INFO, AWAITING_APPOINTMENT, IN_REVIEW,
                    ESCALATED), WITHDRAWN, ALWAYS),
            new Transition(Action.WITHDRAW, EnumSet.of(APPROVED), WITHDRAWN,
                    situation -> situation.afterApproval() == WithdrawalAfterApproval.ALLOWED),
            new Transition(Action.EVALUATE, EnumSet.of(COMPLETED, REJECTED), null, situation -> !situation.evaluated()));

    private ApplicationLifecycle() {
    }

    /** The actions this actor may take now, in a stable order. */
    public static Set<Action> allowed(ApplicationStatus status, Situation situation) {
        Set<Action> allowed = new LinkedHashSet<>();
        for (Transition transition : TRANSITIONS) {
            if (applies(transition, status, situation)) {
                allowed.add(transition.action());
            }
        }
        return allowed;
    }

    /**
     * The status the action leads to (the same one when it changes none), or a 409 that lists what
     * is allowed instead.
     */
    public static ApplicationStatus next(Action action, ApplicationStatus status, Situation situation) {
        for (Transition transition : TRANSITIONS) {
            if (transition.action() == action && applies(transition, status, situation)) {
                return transition.to() == null ? status : transition.to();
            }
        }
        List<String> allowed = allowed(status, situation).stream().map(Action::code).toList();
        if (action == Action.WITHDRAW && status == APPROVED && situation.actor().kind() == Actor.Kind.APPLICANT) {
            // the line's approval acted (see WithdrawalAfterApproval): say so, not just "not now"
            throw new ApiProblem(409, "WITHDRAWAL_NOT_ALLOWED", status.code())
                    .with("applicationStatus", status.code()).with("allowedActions", allowed);
        }
        throw new ApiProblem(409, "ACTION_NOT_ALLOWED", action.code(), status.code()).with("allowedActions", allowed);
    }

    private static boolean applies(Transition transition, ApplicationStatus status, Situation situation) {
        boolean rightActor = transition.action().by() == Action.By.APPLICANT
                ? situation.actor().kind() == Actor.Kind.APPLICANT
                : situation.actor().isOfficer();
        return rightActor && transition.from().contains(status) && transition.guard().test(situation);
    }
}
