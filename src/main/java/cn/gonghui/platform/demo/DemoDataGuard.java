package cn.gonghui.platform.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;

/**
 * Prod never serves demo data. A prod start on a data directory (or database) a dev run filled
 * would otherwise let anyone sign in as {@code desheng-officer} with the published password, and
 * list demo stations to workers; so the start stops, naming what it found and the way out. It
 * runs before the other start-up observers, as soon as Flyway has the schema ready.
 */
@ApplicationScoped
public class DemoDataGuard {

    private static final int NAMES_SHOWN = 3;

    private final Instance<DemoData> demoData;
    private final Instance<DemoRows> capabilities;

    public DemoDataGuard(Instance<DemoData> demoData, Instance<DemoRows> capabilities) {
        this.demoData = demoData;
        this.capabilities = capabilities;
    }

    void check(@Observes @Priority(1) StartupEvent started) {
        // the production build has no loader: there, demo rows are never expected
        if (!demoData.isResolvable() || !demoData.get().enabled()) {
            refuseIfPresent();
        }
    }

    /** Stops the start (exit code 1, a few plain lines) when any capability finds its demo rows. */
    public void refuseIfPresent() {
        List<String> found = QuarkusTransaction.joiningExisting().call(this::found);
        if (!found.isEmpty()) {
            // Quarkus prints the message of this one alone, no stack trace, and exits with 1
            throw new ConfigurationException(String.join(System.lineSeparator(), message(found)));
        }
    }

    private List<String> found() {
        List<String> found = new ArrayList<>();
        for (DemoRows rows : capabilities) {
            List<String> present = rows.present();
            if (!present.isEmpty()) {
                String names = String.join(", ", present.subList(0, Math.min(NAMES_SHOWN, present.size())))
                        + (present.size() > NAMES_SHOWN ? ", …" : "");
                found.add(present.size() + " " + rows.kind() + " (" + names + ")");
            }
        }
        return found;
    }

    private static List<String> message(List<String> found) {
        List<String> lines = new ArrayList<>();
        lines.add("Gonghui cannot start: this database holds the dev profile's demo data, which only the dev profile serves:");
        found.forEach(what -> lines.add("  - " + what));
        lines.add("A dev run made it in the same data directory or database. Start this profile on its own: another "
                + "GONGHUI_DATA_DIR (or an empty database in QUARKUS_DATASOURCE_JDBC_URL); to keep using the demo "
                + "data, start with QUARKUS_PROFILE=dev.");
        return lines;
    }
}
