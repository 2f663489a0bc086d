package cn.gonghui.place;

import cn.gonghui.platform.demo.DemoData;
import io.quarkus.arc.profile.UnlessBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Loads the {@link DemoStations} when the dev profile asks for demo data; not in the production build. */
@ApplicationScoped
@UnlessBuildProfile("prod")
public class DemoStationSeeding {

    void load(@Observes StartupEvent started, DemoData demoData) {
        demoData.load("demo-stations.sql");
    }
}
