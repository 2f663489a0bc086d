package cn.gonghui.integration.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An integrator's wish to hear of some event types at a URL, with the secret that signs what it is sent. */
@Entity
@Table(name = "webhook_subscriptions")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_client_id")
    public String ownerClientId;

    public String url;

    public String description;

    @Column(name = "event_types")
    public String[] eventTypes;

    public SubscriptionStatus status;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "secret_cipher")
    public String secretCipher;

    @Column(name = "previous_secret_cipher")
    public String previousSecretCipher;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
