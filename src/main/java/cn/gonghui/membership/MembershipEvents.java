package cn.gonghui.membership;

import cn.gonghui.platform.event.IntegrationEvent;
import cn.gonghui.platform.event.IntegrationEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * Tells integrators (webhooks) that a membership changed: joined, transferred to another street or
 * ended; ids and codes only.
 */
@ApplicationScoped
class MembershipEvents {

    private final IntegrationEvents events;

    MembershipEvents(IntegrationEvents events) {
        this.events = events;
    }

    void changed(UUID membershipId, UUID memberId, UUID streetId, String change, MembershipStatus status) {
        events.raise(IntegrationEvent.MEMBERSHIP_CHANGED, Map.of("membershipId", membershipId.toString(),
                "memberId", memberId.toString(), "streetId", streetId.toString(), "change", change,
                "status", status.code()));
    }
}
