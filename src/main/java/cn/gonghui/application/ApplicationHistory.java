package cn.gonghui.application;

import cn.gonghui.catalogue.Service;
import cn.gonghui.notification.Notifier;
import cn.gonghui.platform.event.IntegrationEvent;
import cn.gonghui.platform.event.IntegrationEvents;
import cn.gonghui.platform.id.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes every change of an application: the event in its history and, when the applicant should
 * hear of it, the notice, in the same transaction as the change itself; a change of status is also
 * an integration event (ids and codes only).
 */
@ApplicationScoped
public class ApplicationHistory {

    private final Notifier notifier;
    private final IntegrationEvents events;
    private final Clock clock;

    public ApplicationHistory(Notifier notifier, IntegrationEvents events, Clock clock) {
        this.notifier = notifier;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Application application, Service service, Action action, ApplicationStatus from,
            Actor actor, String reason, ActionDetails details) {
        ApplicationEvent event = new ApplicationEvent();
        event.id = Ids.newId();
        event.application = application;
        event.at = clock.instant();
        event.actorKind = switch (actor.kind()) {
            case APPLICANT -> "member";
            case SYSTEM -> "system";
            default -> "officer";
        };
        event.actorRole = actor.kind().role();
        event.actorId = actor.id() == null ? null : actor.id().toString();
        event.action = action.code();
        event.fromStatus = from;
        event.toStatus = application.status;
        event.reason = reason;
        event.details = details;
        event.persist();
        if (from != application.status) {
            Map<String, String> data = new HashMap<>(Map.of("applicationId", application.id.toString(),
                    "serviceCode", application.serviceCode, "status", application.status.code()));
            if (from != null) {
                data.put("previousStatus", from.code());
            }
            events.raise(IntegrationEvent.APPLICATION_STATUS_CHANGED, data);
        }
        String notice = noticeOf(action, from, application.status);
        if (notice != null) {
            notifier.notify(new Notifier.Notice(application.memberId, application.id, notice,
                    service.name(Locale.SIMPLIFIED_CHINESE), application.number, reason));
        }
    }

    /** Every status change is news to the applicant; so are the appointment moves an officer makes. */
    private static String noticeOf(Action action, ApplicationStatus from, ApplicationStatus to) {
        if (from != to) {
            return to.code();
        }
        if (action == Action.BOOK_APPOINTMENT) {
            return "appointment_booked";
        }
        return action == Action.RECORD_VISIT ? "visit_missed" : null;
    }
}
