package cn.gonghui.platform.event;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Something an integrator may hear of: a type and the ids (and codes) that name what changed, never
 * personal data. A capability raises it through {@link IntegrationEvents} in the transaction of the
 * change; whoever delivers it (the webhooks) observes it there, so the change and its event are
 * stored together or not at all, and the capability never names its listeners.
 */
public record IntegrationEvent(String type, Map<String, String> data) {

    public static final String APPLICATION_STATUS_CHANGED = "application.status_changed";
    public static final String CARD_ORDER_CREATED = "card_order.created";
    public static final String CARD_ORDER_STATUS_CHANGED = "card_order.status_changed";
    public static final String MEMBERSHIP_CHANGED = "membership.changed";
    public static final String ACTIVITY_REGISTRATION_CHANGED = "activity.registration_changed";

    /** Every type, in the order the contract lists them. */
    public static final List<String> TYPES = List.of(APPLICATION_STATUS_CHANGED, CARD_ORDER_CREATED,
            CARD_ORDER_STATUS_CHANGED, MEMBERSHIP_CHANGED, ACTIVITY_REGISTRATION_CHANGED);

    public IntegrationEvent {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Unknown integration event type " + type);
        }
        // sorted, so that the same event always reads the same
        data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
    }
}
