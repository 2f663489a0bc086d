package cn.gonghui.activity;

import cn.gonghui.platform.event.IntegrationEvent;
import cn.gonghui.platform.event.IntegrationEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * Tells integrators (webhooks) that a registration was made or moved (confirmed, waitlisted, withdrawn,
 * cancelled, checked in, no-show): the ids and the status, nothing personal.
 */
@ApplicationScoped
class RegistrationEvents {

    private final IntegrationEvents events;

    RegistrationEvents(IntegrationEvents events) {
        this.events = events;
    }

    void changed(ActivityRegistration registration) {
        changed(registration.id, registration.activityId, registration.status);
    }

    void changed(UUID registrationId, UUID activityId, RegistrationStatus status) {
        events.raise(IntegrationEvent.ACTIVITY_REGISTRATION_CHANGED, Map.of("registrationId", registrationId.toString(),
                "activityId", activityId.toString(), "status", status.code()));
    }
}
