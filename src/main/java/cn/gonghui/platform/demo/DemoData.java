package cn.gonghui.platform.demo;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo data of the dev profile (scripts under {@code db/demo/}), never anywhere else:
 * asking for it in another profile stops the start. Each script must be safe to run again and
 * from several instances at once (ON CONFLICT DO NOTHING). The production build leaves it out:
 * there, {@link DemoDataGuard} only looks for demo rows.
 */
@ApplicationScoped
@UnlessBuildProfile("prod")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final EntityManager entityManager;
    private final boolean enabled;
    private final Collection<String> profiles;

    @Inject
    public DemoData(EntityManager entityManager,
            @ConfigProperty(name = "gonghui.demo-data.enabled", defaultValue = "false") boolean enabled) {
        this(entityManager, enabled, ConfigUtils.getProfiles());
    }

    DemoData(EntityManager entityManager, boolean enabled, Collection<String> profiles) {
        this.entityManager = entityManager;
        this.enabled = enabled;
        this.profiles = List.copyOf(profiles);
    }

    public boolean enabled() {
        if (enabled && !profiles.contains("dev")) {
            throw new IllegalStateException("gonghui.demo-data.enabled is for the dev profile only");
        }
        return enabled;
    }

    /** Runs one script of {@code db/demo/} when demo data is on. */
    @Transactional
    public void load(String script) {
        if (!enabled()) {
            return;
        }
        for (String statement : read("db/demo/" + script).split(";\\s*(\\n|$)")) {
            if (!statement.isBlank() && !statement.strip().lines().allMatch(line -> line.startsWith("--"))) {
                entityManager.createNativeQuery(statement).executeUpdate();
            }
        }
        LOG.infof("Loaded demo data %s", script);
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No demo script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
