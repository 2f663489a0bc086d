package cn.gonghui.identity;

import cn.gonghui.platform.demo.DemoRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * The dev profile's demo officers (password {@code gonghui-dev}) and integrators, listed in the
 * README, and how to find them again: any other profile refuses to start where they exist (found
 * by name and display name, so that a real officer called {@code admin} is not mistaken for one).
 * {@link DemoAccountSeeding} creates them, in dev and test builds only.
 */
@ApplicationScoped
public class DemoAccounts implements DemoRows {

    static final String DEMO_PASSWORD = "gonghui-dev";
    /** A union lawyer of 德胜, to whom legal aid can be assigned. */
    static final String DEMO_LAWYER = "desheng-lawyer";

    record DemoOfficer(String username, String displayName, String role, String street, String district) {
    }

    record DemoClient(String clientId, String name, String secret, String scope) {
    }

    static final List<DemoOfficer> OFFICERS = List.of(
            new DemoOfficer("desheng-officer", "德胜街道工会干部（演示）", "officer", "desheng", null),
            new DemoOfficer("jinrongjie-officer", "金融街街道工会干部（演示）", "officer", "jinrongjie", null),
            new DemoOfficer(DEMO_LAWYER, "德胜街道工会律师（演示）", "officer", "desheng", null),
            new DemoOfficer("xicheng-district", "西城区总工会干部（演示）", "district_officer", null, "xicheng"),
            new DemoOfficer("auditor", "审计员（演示）", "auditor", null, null),
            new DemoOfficer("admin", "系统管理员（演示）", "admin", null, null));

    static final List<DemoClient> CLIENTS = List.of(
            new DemoClient("bank-demo", "发卡银行（演示）", "bank-demo-secret", "cards:issue"),
            new DemoClient("merchant-demo", "普惠商户（演示）", "merchant-demo-secret", "cards:verify"));

    private final EntityManager entityManager;

    public DemoAccounts(EntityManager entityManager) {
        this.entityManager = entityManager;
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
}
