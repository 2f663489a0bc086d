package cn.gonghui.identity;

import cn.gonghui.identity.OfficerRecords.OfficerRecord;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import cn.gonghui.security.Role;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The first administrator of a production database, from {@code GONGHUI_BOOTSTRAP_ADMIN_USERNAME}
 * and {@code GONGHUI_BOOTSTRAP_ADMIN_PASSWORD}: created at start-up when no enabled administrator
 * exists, with the password to be changed at the first sign-in; ignored (and said so) otherwise.
 * Instances starting together take turns on the administrators' advisory lock, and the unique
 * user name stops a second row in any case. The password is never logged.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @ConfigMapping(prefix = "gonghui.bootstrap-admin")
    public interface Settings {

        Optional<String> username();

        Optional<String> password();
    }

    public enum Outcome { CREATED, ADMIN_EXISTS, NAME_TAKEN }

    private final Settings settings;
    private final Administrators administrators;
    private final OfficerRecords records;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public AdminBootstrap(Settings settings, Administrators administrators, OfficerRecords records,
            PasswordPolicy policy, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.administrators = administrators;
        this.records = records;
        this.policy = policy;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent started) {
        Optional<String> username = settings.username().filter(value -> !value.isBlank());
        Optional<String> password = settings.password().filter(value -> !value.isBlank());
        if (username.isPresent() != password.isPresent()) {
            throw new IllegalStateException("Set both GONGHUI_BOOTSTRAP_ADMIN_USERNAME and GONGHUI_BOOTSTRAP_ADMIN_PASSWORD, "
                    + "or neither");
        }
        if (username.isPresent()) {
            run(username.get().strip(), password.get());
        }
    }

    /** Creates the administrator unless an enabled one exists; a password the policy refuses stops the start. */
    @Transactional
    public Outcome run(String username, String password) {
        administrators.lock();
        if (administrators.enabledCount() > 0) {
            LOG.infof("An administrator exists: GONGHUI_BOOTSTRAP_ADMIN_USERNAME (%s) and GONGHUI_BOOTSTRAP_ADMIN_PASSWORD "
                    + "are ignored; they can be removed", username);
            return Outcome.ADMIN_EXISTS;
        }
        if (!username.matches(OfficerViews.USERNAME)) {
            throw new IllegalStateException("GONGHUI_BOOTSTRAP_ADMIN_USERNAME must be 3 to 64 lower-case letters, digits, "
                    + "'.', '_' or '-', starting with a letter or digit");
        }
        policy.violation(username, password).ifPresent(rule -> {
            throw new IllegalStateException("GONGHUI_BOOTSTRAP_ADMIN_PASSWORD is refused (" + rule + "): at least "
                    + PasswordPolicy.MIN_LENGTH + " characters, not containing the user name, not a common password");
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OfficerRecord admin = new OfficerRecord(Ids.newId(), username, "系统管理员", Role.ADMIN.claim(), null, List.of(),
                false, true, true, 0, now, now);
        if (!records.insert(admin, hasher.hash(password))) {
            LOG.warnf("No administrator is enabled, and the name %s of GONGHUI_BOOTSTRAP_ADMIN_USERNAME belongs to another "
                    + "account: no administrator was created; choose another name", username);
            return Outcome.NAME_TAKEN;
        }
        audit.record(AuditEvent.of("officer.bootstrap", "officer", admin.id())
                .details(Map.of("username", username, "role", Role.ADMIN.claim())));
        LOG.infof("Created the administrator %s from GONGHUI_BOOTSTRAP_ADMIN_USERNAME; the password must be changed at the "
                + "first sign-in (POST /api/v1/auth/officer/password)", username);
        return Outcome.CREATED;
    }
}
