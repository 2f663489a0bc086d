package cn.gonghui.activity;

import cn.gonghui.notification.Notifier;
import cn.gonghui.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * What members are told about their activities, in the transaction of the change: an inbox message
 * and, where a template is configured for the event, a WeChat subscribe message through the outbox.
 */
@ApplicationScoped
public class ActivityNotices {

    static final String PROMOTED = "activity_promoted";
    static final String CANCELLED = "activity_cancelled";

    /** The reference a subscribe message shows: when the activity starts, Beijing time. */
    private static final DateTimeFormatter STARTS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockProducer.BEIJING);

    private final Notifier notifier;
    private final ActivitySettings settings;

    public ActivityNotices(Notifier notifier, ActivitySettings settings) {
        this.notifier = notifier;
        this.settings = settings;
    }

    /** A place came free and the member, first on the waiting list, has it now. */
    void promoted(Activity activity, UUID memberId) {
        notifier.notify(topic(activity, memberId, PROMOTED, activity.place));
    }

    /** The union called the activity off. */
    void cancelled(Activity activity, UUID memberId) {
        notifier.notify(topic(activity, memberId, CANCELLED, activity.cancelReason));
    }

    private Notifier.Topic topic(Activity activity, UUID memberId, String event, String detail) {
        return new Notifier.Topic(memberId, event, activity.title, STARTS.format(activity.startsAt), detail,
                settings.page().replace("{id}", activity.id.toString()));
    }
}
