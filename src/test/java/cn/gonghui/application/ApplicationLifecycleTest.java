package cn.gonghui.application;

import static cn.gonghui.application.Action.ACCEPT;
import static cn.gonghui.application.Action.APPROVE;
import static cn.gonghui.application.Action.ASSIGN;
import static cn.gonghui.application.Action.BOOK_APPOINTMENT;
import static cn.gonghui.application.Action.ESCALATE;
import static cn.gonghui.application.Action.EVALUATE;
import static cn.gonghui.application.Action.INVITE_APPOINTMENT;
import static cn.gonghui.application.Action.RECORD_VISIT;
import static cn.gonghui.application.Action.REJECT;
import static cn.gonghui.application.Action.REQUEST_INFO;
import static cn.gonghui.application.Action.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.application.ApplicationLifecycle.Situation;
import cn.gonghui.catalogue.Service;
import cn.gonghui.platform.error.ApiProblem;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one state machine, under the switches of different lines. */
class ApplicationLifecycleTest {

    private static final Actor APPLICANT = new Actor(Actor.Kind.APPLICANT, UUID.randomUUID());
    private static final Actor STREET = new Actor(Actor.Kind.STREET_OFFICER, UUID.randomUUID());
    private static final Actor DISTRICT = new Actor(Actor.Kind.DISTRICT_OFFICER, UUID.randomUUID());

    @Test
    void aNewApplicationIsAcceptedOrRejectedByAnOfficerAndWithdrawnByItsApplicant() {
        Situation officer = situation(line(true, false), STREET, null);
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.SUBMITTED, officer))
                .containsExactly(ACCEPT, REJECT, ASSIGN);
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.SUBMITTED, situation(line(true, false), APPLICANT, null)))
                .containsExactly(WITHDRAW);
    }

    @Test
    void aLineWithAnAppointmentGoesThroughTheVisit() {
        Service join = line(true, false);
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.ACCEPTED, situation(join, STREET, null)))
                .containsExactly(REQUEST_INFO, INVITE_APPOINTMENT, REJECT, ASSIGN);
        assertThat(ApplicationLifecycle.next(RECORD_VISIT, ApplicationStatus.AWAITING_APPOINTMENT,
                situation(join, STREET, Appointment.State.BOOKED))).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThatThrownBy(() -> ApplicationLifecycle.next(RECORD_VISIT, ApplicationStatus.AWAITING_APPOINTMENT,
                situation(join, STREET, Appointment.State.PROPOSED)))
                .isInstanceOf(ApiProblem.class).extracting("status").isEqualTo(409);
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.AWAITING_APPOINTMENT,
                situation(join, APPLICANT, Appointment.State.PROPOSED))).contains(BOOK_APPOINTMENT);
    }

    @Test
    void aLineWithoutAnAppointmentIsApprovedStraightAway() {
        Service transfer = line(false, false);
        assertThat(ApplicationLifecycle.next(APPROVE, ApplicationStatus.ACCEPTED, situation(transfer, STREET, null)))
                .isEqualTo(ApplicationStatus.APPROVED);
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.ACCEPTED, situation(transfer, STREET, null)))
                .doesNotContain(INVITE_APPOINTMENT);
    }

    @Test
    void aDistrictReviewLineIsEscalatedByTheStreetAndDecidedByTheDistrict() {
        Service hardship = line(true, true);
        Situation street = situation(hardship, STREET, null);
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.IN_REVIEW, street)).contains(ESCALATE).doesNotContain(APPROVE);
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.ESCALATED, street)).doesNotContain(APPROVE, REJECT);
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.ESCALATED, situation(hardship, DISTRICT, null)))
                .contains(APPROVE, REJECT);
    }

    @Test
    void notAllowedIsAConflictListingWhatIs() {
        assertThatThrownBy(() -> ApplicationLifecycle.next(APPROVE, ApplicationStatus.SUBMITTED,
                situation(line(true, false), STREET, null)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.code()).isEqualTo("ACTION_NOT_ALLOWED");
                    assertThat(problem.extensions().get("allowedActions")).isEqualTo(List.of("accept", "reject", "assign"));
                });
    }

    @Test
    void finalStatusesAllowOnlyTheEvaluationOnce() {
        Situation applicant = situation(line(true, false), APPLICANT, null);
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.COMPLETED, applicant)).containsExactly(EVALUATE);
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.COMPLETED,
                new Situation(line(true, false), APPLICANT, null, true, WithdrawalAfterApproval.ALLOWED))).isEmpty();
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.WITHDRAWN, applicant)).isEmpty();
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.COMPLETED, situation(line(true, false), STREET, null)))
                .isEmpty();
    }

    @Test
    void aLineWhoseApprovalActedRefusesAWithdrawalOnceApprovedAndSaysWhy() {
        Situation refusing = new Situation(line(false, false), APPLICANT, null, false, WithdrawalAfterApproval.REFUSED);
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.IN_REVIEW, refusing)).containsExactly(WITHDRAW);
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.APPROVED, refusing)).isEmpty();
        assertThatThrownBy(() -> ApplicationLifecycle.next(WITHDRAW, ApplicationStatus.APPROVED, refusing))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.code()).isEqualTo("WITHDRAWAL_NOT_ALLOWED");
                    assertThat(problem.extensions().get("applicationStatus")).isEqualTo("approved");
                });
        // an erasure closes it all the same
        assertThat(ApplicationLifecycle.next(WITHDRAW, ApplicationStatus.APPROVED, refusing.erasing()))
                .isEqualTo(ApplicationStatus.WITHDRAWN);
        Situation allowing = situation(line(false, false), APPLICANT, null);
        assertThat(ApplicationLifecycle.allowed(ApplicationStatus.APPROVED, allowing)).containsExactly(WITHDRAW);
    }

    private static Situation situation(Service service, Actor actor, Appointment.State appointment) {
        return new Situation(service, actor, appointment, false, WithdrawalAfterApproval.ALLOWED);
    }

    private static Service line(boolean appointment, boolean districtReview) {
        return new Service("test.line", null, null, null, null, null, null, 0, null, 0, appointment, districtReview,
                null, false, 0, true);
    }
}
