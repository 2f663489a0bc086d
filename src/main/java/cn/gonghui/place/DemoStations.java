package cn.gonghui.place;

import cn.gonghui.platform.demo.DemoData;
import cn.gonghui.platform.demo.DemoRows;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * In the dev profile, one demo station for each street the seeds name no station for (marked
 * {@code demo}); any other profile refuses to start where they exist.
 */
@ApplicationScoped
public class DemoStations implements DemoRows {

    private final EntityManager entityManager;

    public DemoStations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void load(@Observes StartupEvent started, DemoData demoData) {
        demoData.load("demo-stations.sql");
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
