package cn.gonghui.identity;

import cn.gonghui.identity.DemoAccounts.DemoClient;
import cn.gonghui.identity.DemoAccounts.DemoOfficer;
import cn.gonghui.platform.demo.DemoData;
import cn.gonghui.platform.id.Ids;
import io.quarkus.arc.profile.UnlessBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Creates the {@link DemoAccounts} when the dev profile asks for demo data: once, by whichever
 * instance starts first. Left out of the production build, with the fake WeChat and the demo data.
 */
@ApplicationScoped
@UnlessBuildProfile("prod")
public class DemoAccountSeeding {

    private final EntityManager entityManager;
    private final PasswordHasher hasher;
    private final Clock clock;

    public DemoAccountSeeding(EntityManager entityManager, PasswordHasher hasher, Clock clock) {
        this.entityManager = entityManager;
        this.hasher = hasher;
        this.clock = clock;
    }

    void create(@Observes StartupEvent started, DemoData demoData) {
        if (demoData.enabled()) {
            createAll();
        }
    }

    @Transactional
    void createAll() {
        Instant now = clock.instant();
        for (DemoOfficer officer : DemoAccounts.OFFICERS) {
            entityManager.createNativeQuery("""
                    INSERT INTO officers (id, username, display_name, password_hash, roles, district_id, enabled,
                                          created_at, updated_at, version)
                    VALUES (:id, :username, :name, :hash, ARRAY[:role], (SELECT id FROM districts WHERE code = :district),
                            true, :now, :now, 0)
                    ON CONFLICT (username) DO NOTHING""")
                    .setParameter("id", Ids.newId())
                    .setParameter("username", officer.username())
                    .setParameter("name", officer.displayName())
                    .setParameter("hash", hasher.hash(DemoAccounts.DEMO_PASSWORD))
                    .setParameter("role", officer.role())
                    .setParameter("district", officer.district())
                    .setParameter("now", now)
                    .executeUpdate();
            if (officer.street() != null) {
                entityManager.createNativeQuery("""
                        INSERT INTO officer_streets (officer_id, street_id)
                        SELECT officers.id, streets.id FROM officers, streets
                        WHERE officers.username = :username AND streets.code = :street
                        ON CONFLICT DO NOTHING""")
                        .setParameter("username", officer.username())
                        .setParameter("street", officer.street())
                        .executeUpdate();
            }
        }
        entityManager.createNativeQuery("UPDATE officers SET attributes = ARRAY['lawyer'] WHERE username = :username")
                .setParameter("username", DemoAccounts.DEMO_LAWYER).executeUpdate();
        for (DemoClient client : DemoAccounts.CLIENTS) {
            entityManager.createNativeQuery("""
                    INSERT INTO integrator_clients (id, client_id, name, secret_hash, scopes, enabled, created_at)
                    VALUES (:id, :clientId, :name, :hash, ARRAY[:scope], true, :now)
                    ON CONFLICT (client_id) DO NOTHING""")
                    .setParameter("id", Ids.newId())
                    .setParameter("clientId", client.clientId())
                    .setParameter("name", client.name())
                    .setParameter("hash", hasher.hash(client.secret()))
                    .setParameter("scope", client.scope())
                    .setParameter("now", now)
                    .executeUpdate();
        }
    }
}
