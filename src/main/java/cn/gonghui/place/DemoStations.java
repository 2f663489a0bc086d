package cn.gonghui.place;

import cn.gonghui.platform.demo.DemoRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * In the dev profile, one demo station for each street the seeds name no station for (marked
 * {@code demo}); any other profile refuses to start where they exist. {@link DemoStationSeeding}
 * loads them, in dev and test builds only.
 */
@ApplicationScoped
public class DemoStations implements DemoRows {

    private final EntityManager entityManager;

    public DemoStations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String kind() {
        return "demo stations";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> present() {
        return entityManager.createNativeQuery("SELECT name FROM stations WHERE demo ORDER BY name").getResultList();
    }
}
