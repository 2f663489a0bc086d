package cn.gonghui.identity;

import cn.gonghui.platform.demo.DemoData;
import cn.gonghui.platform.demo.DemoRows;
import cn.gonghui.platform.id.Ids;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The dev profile's demo officers (password {@code gonghui-dev}) and integrators, listed in the
 * README. Created once, by whichever instance starts first; never outside the dev profile, which
 * refuses to start where they exist (found by name and display name, so that a real officer
 * called {@code admin} is not mistaken for one).
 */
@ApplicationScoped
public class DemoAccounts implements DemoRows {

    static final String DEMO_PASSWORD = "gonghui-dev";
    /** A union lawyer of 德胜, to whom legal aid can be assigned. */
    static final String DEMO_LAWYER = "desheng-lawyer";

    private record DemoOfficer(String username, String displayName, String role, String street, String district) {
    }

    private record DemoClient(String clientId, String name, String secret, String scope) {
    }

    private static final List<DemoOfficer> OFFICERS = List.of(
            new DemoOfficer("desheng-officer", "德胜街道工会干部（演示）", "officer", "desheng", null),
            new DemoOfficer("jinrongjie-officer", "金融街街道工会干部（演示）", "officer", "jinrongjie", null),
            new DemoOfficer(DEMO_LAWYER, "德胜街道工会律师（演示）", "officer", "desheng", null),
            new DemoOfficer("xicheng-district", "西城区总工会干部（演示）", "district_officer", null, "xicheng"),
            new DemoOfficer("auditor", "审计员（演示）", "auditor", null, null),
            new DemoOfficer("admin", "系统管理员（演示）", "admin", null, null));

    private static final List<DemoClient> CLIENTS = List.of(
            new DemoClient("bank-demo", "发卡银行（演示）", "bank-demo-secret", "cards:issue"),
            new DemoClient("merchant-demo", "普惠商户（演示）", "merchant-demo-secret", "cards:verify"));

    private final EntityManager entityManager;
    private final PasswordHasher hasher;
    private final Clock clock;

    public DemoAccounts(EntityManager entityManager, PasswordHasher hasher, Clock clock) {
        this.entityManager = entityManager;
        this.hasher = hasher;
        this.clock = clock;
    }

    void create(@Observes StartupEvent started, DemoData demoData) {
        if (demoData.enabled()) {
            createAll();
        }
    }

    @Override
    public String kind() {
        return "demo accounts";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> present() {
        List<String> present = new ArrayList<>();
        List<Object[]> officers = entityManager.createNativeQuery(
                "SELECT username, display_name FROM officers WHERE username IN (:names) ORDER BY username")
                .setParameter("names", OFFICERS.stream().map(DemoOfficer::username).toList())
                .getResultList();
        for (Object[] officer : officers) {
            if (OFFICERS.stream().anyMatch(demo -> demo.username().equals(officer[0])
                    && demo.displayName().equals(officer[1]))) {
                present.add((String) officer[0]);
            }
        }
        List<Object[]> clients = entityManager.createNativeQuery(
                "SELECT client_id, name FROM integrator_clients WHERE client_id IN (:ids) ORDER BY client_id")
                .setParameter("ids", CLIENTS.stream().map(DemoClient::clientId).toList())
                .getResultList();
        for (Object[] client : clients) {
            if (CLIENTS.stream().anyMatch(demo -> demo.clientId().equals(client[0]) && demo.name().equals(client[1]))) {
                present.add((String) client[0]);
            }
        }
        return present;
    }

    @Transactional
    void createAll() {
        Instant now = clock.instant();
        for (DemoOfficer officer : OFFICERS) {
            entityManager.createNativeQuery("""
                    INSERT INTO officers (id, username, display_name, password_hash, roles, district_id, enabled,
                                          created_at, updated_at, version)
                    VALUES (:id, :username, :name, :hash, ARRAY[:role], (SELECT id FROM districts WHERE code = :district),
                            true, :now, :now, 0)
                    ON CONFLICT (username) DO NOTHING""")
                    .setParameter("id", Ids.newId())
                    .setParameter("username", officer.username())
                    .setParameter("name", officer.displayName())
                    .setParameter("hash", hasher.hash(DEMO_PASSWORD))
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
                .setParameter("username", DEMO_LAWYER).executeUpdate();
        for (DemoClient client : CLIENTS) {
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
