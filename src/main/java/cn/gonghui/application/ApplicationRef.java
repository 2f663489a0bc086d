package cn.gonghui.application;

import cn.gonghui.platform.time.BeijingTime;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An application as the lines and other capabilities see it: plain values the engine reads off its
 * row, never the entity. A line cannot change an application through this; what it decides goes
 * back through the hooks' typed results ({@link ApplicationResult}), which the engine applies.
 * Made afresh where the application changed: {@link LineRules#onApproved} sees what the action's
 * {@code onAction} added to the result, {@link LineRules#onClosed} the final status.
 *
 * @param result a copy of the application's result so far (an empty object when there is none):
 *               the parts earlier hooks wrote, which a line reads back through
 *               {@link ApplicationResults#part}; changing the copy changes nothing
 */
public record ApplicationRef(UUID id, String number, String serviceCode, UUID memberId, UUID streetId,
        ApplicationStatus status, Instant submittedAt, ObjectNode result) {

    static ApplicationRef of(Application application) {
        return new ApplicationRef(application.id, application.number, application.serviceCode, application.memberId,
                application.streetId, application.status, application.submittedAt,
                application.result == null ? JsonNodeFactory.instance.objectNode() : application.result.deepCopy());
    }

    /** The calendar day in Beijing it was submitted: the day whose rules and figures apply to it. */
    public LocalDate submittedOn() {
        return BeijingTime.dayOf(submittedAt);
    }
}
