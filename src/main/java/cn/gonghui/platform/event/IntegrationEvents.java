package cn.gonghui.platform.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Where a capability says that something integrators may hear of happened. The event is a CDI event
 * fired synchronously: its observers run in the caller's thread and transaction, so they record it
 * with the change (a transactional outbox), and a rollback takes both back.
 */
@ApplicationScoped
public class IntegrationEvents {

    private final Event<IntegrationEvent> bus;

    public IntegrationEvents(Event<IntegrationEvent> bus) {
        this.bus = bus;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(String type, Map<String, String> data) {
        bus.fire(new IntegrationEvent(type, data));
    }
}
