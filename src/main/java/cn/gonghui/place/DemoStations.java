package cn.gonghui.place;

import cn.gonghui.platform.demo.DemoData;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** In the dev profile, one demo station for each street the seeds name no station for. */
@ApplicationScoped
public class DemoStations {

    void load(@Observes StartupEvent started, DemoData demoData) {
        demoData.load("demo-stations.sql");
    }
}
