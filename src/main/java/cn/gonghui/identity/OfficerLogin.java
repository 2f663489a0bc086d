package cn.gonghui.identity;

import cn.gonghui.identity.token.Sessions;
import cn.gonghui.identity.token.TokenPair;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.privacy.audit.AuditContext;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Officers sign in with a user name and password. A wrong password, an unknown name and a
 * disabled account all get the same answer in the same time; repeated failures lock the name.
 */
@ApplicationScoped
public class OfficerLogin {

    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final Subjects subjects;
    private final Clock clock;

    public OfficerLogin(LoginThrottle throttle, AuditLog audit, PasswordHasher hasher, Sessions sessions,
            Subjects subjects, Clock clock) {
        this.throttle = throttle;
        this.audit = audit;
        this.hasher = hasher;
        this.sessions = sessions;
        this.subjects = subjects;
        this.clock = clock;
    }

    /** The failure counts must be kept even though the answer is an error. */
    @Transactional(dontRollbackOn = ApiProblem.class)
    public TokenPair login(String username, String password) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        throttle.lockedUntil(name).ifPresent(until -> {
            audit.record(attempt(name, AuditEvent.Outcome.DENIED));
            long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
            throw new ApiProblem(429, "LOGIN_LOCKED").withHeader("Retry-After", Long.toString(seconds));
        });
        Optional<Officer> officer = Officer.findByUsername(name);
        boolean valid = officer.isPresent()
                ? hasher.matches(password, officer.get().passwordHash) && officer.get().enabled
                : decoy(password);
        if (!valid) {
            throttle.failed(name);
            audit.record(attempt(name, AuditEvent.Outcome.FAILURE));
            throw new ApiProblem(401, "INVALID_CREDENTIALS");
        }
        throttle.succeeded(name);
        audit.record(attempt(name, AuditEvent.Outcome.SUCCESS)
                .by(new AuditContext.Who("officer", officer.get().id.toString(), officer.get().roles[0])));
        return sessions.start(subjects.officer(officer.get()));
    }

    /** The name tried is recorded as the object: it is a login name, not personal data of a member. */
    private static AuditEvent attempt(String name, AuditEvent.Outcome outcome) {
        return AuditEvent.of("login.officer", "officer_login", name).outcome(outcome);
    }

    private boolean decoy(String password) {
        hasher.matchNothing(password);
        return false;
    }
}
