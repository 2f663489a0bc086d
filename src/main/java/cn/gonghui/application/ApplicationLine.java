package cn.gonghui.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a list shows of an application: its line in a member's list or an officer's queue. A list
 * selects these columns alone, never the whole row: the form, its encrypted part and the result are
 * what make a row heavy, and a list shows none of them.
 */
public record ApplicationLine(UUID id, String number, String serviceCode, ApplicationStatus status, UUID streetId,
        UUID memberId, Instant submittedAt, LocalDate expectedBy, UUID assigneeId) {

    /** The select clause that makes these from {@code Application a}, in the constructor's order. */
    static final String SELECT = "select new " + ApplicationLine.class.getName()
            + "(a.id, a.number, a.serviceCode, a.status, a.streetId, a.memberId, a.submittedAt, a.expectedBy,"
            + " a.assigneeId) from Application a";

    static ApplicationLine of(Application application) {
        return new ApplicationLine(application.id, application.number, application.serviceCode, application.status,
                application.streetId, application.memberId, application.submittedAt, application.expectedBy,
                application.assigneeId);
    }

    public boolean isOverdue(LocalDate today) {
        return !status.isFinal() && expectedBy.isBefore(today);
    }
}
