package cn.gonghui.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A third-party system (the card bank, a benefit merchant) with OAuth client credentials. */
@Entity
@Table(name = "integrator_clients")
public class IntegratorClient extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id")
    public String clientId;

    public String name;

    @Column(name = "secret_hash")
    public String secretHash;

    public String[] scopes;

    public boolean enabled;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The secret a rotation replaced, still accepted until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret_hash")
    public String previousSecretHash;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Version
    public long version;

    public static Optional<IntegratorClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }
}
