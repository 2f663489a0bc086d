package cn.gonghui.identity;

import cn.gonghui.identity.token.Sessions;
import cn.gonghui.identity.token.TokenPair;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.privacy.audit.AuditContext;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import cn.gonghui.security.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Officers sign in with a user name and password. A wrong password, an unknown name and a
 * disabled account all get the same answer in the same time; repeated failures lock the name.
 * An initial password (from an administrator, a reset or the bootstrap) signs nobody in: it only
 * lets its officer choose their own password.
 */
@ApplicationScoped
public class OfficerLogin {

    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Sessions sessions;
    private final Subjects subjects;
    private final Clock clock;
    private final CurrentAccounts accounts;

    public OfficerLogin(LoginThrottle throttle, AuditLog audit, PasswordHasher hasher, PasswordPolicy policy,
            Sessions sessions, Subjects subjects, Clock clock, CurrentAccounts accounts) {
        this.throttle = throttle;
        this.audit = audit;
        this.hasher = hasher;
        this.policy = policy;
        this.sessions = sessions;
        this.subjects = subjects;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** The failure counts must be kept even though the answer is an error. */
    @Transactional(dontRollbackOn = ApiProblem.class)
    public TokenPair login(String username, String password) {
        String name = normalised(username);
        Officer officer = verified(name, password, "login.officer");
        if (officer.passwordChangeRequired) {
            audit.record(attempt("login.officer", name, AuditEvent.Outcome.DENIED).by(who(officer))
                    .details(Map.of("reason", "password_change_required")));
            throw new ApiProblem(403, "PASSWORD_CHANGE_REQUIRED");
        }
        audit.record(attempt("login.officer", name, AuditEvent.Outcome.SUCCESS).by(who(officer)));
        return sessions.start(subjects.officer(officer));
    }

    /**
     * The officer's own change, with the password they have now (the initial one included). It ends
     * every session of theirs: whoever knew the old password is signed out too.
     */
    @Transactional(dontRollbackOn = ApiProblem.class)
    public void changePassword(String username, String currentPassword, String newPassword) {
        String name = normalised(username);
        Officer officer = verified(name, currentPassword, "password.officer");
        policy.require("newPassword", officer.username, newPassword);
        if (newPassword.equals(currentPassword)) {
            throw ApiProblem.invalidField(422, "PASSWORD_REJECTED", "newPassword", "PASSWORD_UNCHANGED");
        }
        officer.passwordHash = hasher.hash(newPassword);
        officer.passwordChangeRequired = false;
        officer.tokenVersion++;
        accounts.officerChanging(officer.id);
        officer.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        sessions.endAll(Subject.Kind.OFFICER, officer.id, "account_changed");
        audit.record(attempt("password.officer", name, AuditEvent.Outcome.SUCCESS).by(who(officer)));
    }

    /** The officer whose password this is, or 401/429 after counting the failure. */
    private Officer verified(String name, String password, String action) {
        throttle.lockedUntil(name).ifPresent(until -> {
            audit.record(attempt(action, name, AuditEvent.Outcome.DENIED));
            long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
            throw new ApiProblem(429, "LOGIN_LOCKED").withHeader("Retry-After", Long.toString(seconds));
        });
        Optional<Officer> officer = Officer.findByUsername(name);
        boolean valid = officer.isPresent()
                ? hasher.matches(password, officer.get().passwordHash) && officer.get().enabled
                : decoy(password);
        if (!valid) {
            throttle.failed(name);
            audit.record(attempt(action, name, AuditEvent.Outcome.FAILURE));
            throw new ApiProblem(401, "INVALID_CREDENTIALS");
        }
        throttle.succeeded(name);
        return officer.get();
    }

    private static String normalised(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static AuditContext.Who who(Officer officer) {
        return new AuditContext.Who("officer", officer.id.toString(), officer.roles[0]);
    }

    /** The name tried is recorded as the object: it is a login name, not personal data of a member. */
    private static AuditEvent attempt(String action, String name, AuditEvent.Outcome outcome) {
        return AuditEvent.of(action, "officer_login", name).outcome(outcome);
    }

    private boolean decoy(String password) {
        hasher.matchNothing(password);
        return false;
    }
}
