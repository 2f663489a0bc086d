package cn.gonghui.application;

import cn.gonghui.catalogue.Catalogue;
import cn.gonghui.catalogue.Service;
import cn.gonghui.security.DataScope;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every change of an application goes through {@link #perform}: load within scope and lock, check
 * the version, ask the lifecycle whether the action is allowed now and where it leads, apply the
 * action's own effect, move the status, write the history and the notice, all in one transaction.
 */
@ApplicationScoped
public class ApplicationEngine {

    /** What an action does besides moving the status; it may choose another target (e.g. a missed visit). */
    @FunctionalInterface
    public interface Effect {

        /** Returns the status to move to; {@code planned} is the lifecycle's answer. */
        ApplicationStatus apply(Application application, Service service, ApplicationStatus planned);
    }

    /**
     * The change to perform. {@code erasure}: the member's erasure closes the application whatever
     * its line says of a withdrawal after approval (each line's eraser deals with what it did).
     */
    public record Change(UUID applicationId, Actor actor, DataScope scope, Action action, String ifMatch,
            boolean ifMatchRequired, String reason, ActionDetails details, boolean erasure) {

        public Change(UUID applicationId, Actor actor, DataScope scope, Action action, String ifMatch,
                boolean ifMatchRequired, String reason, ActionDetails details) {
            this(applicationId, actor, scope, action, ifMatch, ifMatchRequired, reason, details, false);
        }
    }

    private final ApplicationAccess access;
    private final Catalogue catalogue;
    private final Appointments appointments;
    private final LineRegistry lines;
    private final ApplicationHistory history;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    public ApplicationEngine(ApplicationAccess access, Catalogue catalogue, Appointments appointments,
            LineRegistry lines, ApplicationHistory history, EntityManager entityManager, AuditLog audit, Clock clock) {
        this.audit = audit;
        this.access = access;
        this.catalogue = catalogue;
        this.appointments = appointments;
        this.lines = lines;
        this.history = history;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Application perform(Change change, Effect effect) {
        Application application = access.lock(change.applicationId(), change.scope());
        if (change.ifMatchRequired() || change.ifMatch() != null) {
            EntityVersions.requireMatch(change.ifMatch(), application.version);
        }
        Service service = catalogue.service(application.serviceCode).orElseThrow();
        ApplicationStatus from = application.status;
        ApplicationLifecycle.Situation situation = situation(application, service, change.actor());
        ApplicationStatus planned = ApplicationLifecycle.next(change.action(), from,
                change.erasure() ? situation.erasing() : situation);
        if (!change.erasure()) {
            ApiProblem refused = lines.rulesOf(service.line()).refusal(change.action(), ApplicationRef.of(application));
            if (refused != null) {
                throw refused;
            }
        }
        ApplicationStatus to = effect.apply(application, service, planned);
        application.status = to;
        application.updatedAt = clock.instant();
        if (to.isFinal() && !from.isFinal()) {
            application.closedAt = application.updatedAt;
            application.openKey = null;
            lines.rulesOf(service.line()).onClosed(ApplicationRef.of(application), from);
        }
        history.record(application, service, change.action(), from, change.actor(), change.reason(),
                change.details());
        if (change.actor().isOfficer() && change.actor().kind() != Actor.Kind.SYSTEM) {
            audit.record(AuditEvent.of("application." + change.action().code(), "application", application.id)
                    .details(Map.of("from", from.code(), "to", to.code())));
        }
        entityManager.flush();
        return application;
    }

    /** The actions this actor may take now: what the lifecycle allows, less what the line refuses for now. */
    public Set<Action> allowedActions(Application application, Service service, Actor actor) {
        return allowedActions(application, service, situation(application, service, actor));
    }

    /** The same, for a caller that already read what the guards look at (the detail view does). */
    public Set<Action> allowedActions(Application application, Service service, ApplicationLifecycle.Situation situation) {
        Set<Action> allowed = new LinkedHashSet<>(ApplicationLifecycle.allowed(application.status, situation));
        LineRules<?> rules = lines.rulesOf(service.line());
        ApplicationRef ref = ApplicationRef.of(application);
        allowed.removeIf(action -> rules.refusal(action, ref) != null);
        return allowed;
    }

    /** What the lifecycle's guards look at, for this application and actor. */
    public ApplicationLifecycle.Situation situation(Application application, Service service, Actor actor) {
        return situation(service, actor, appointments.liveState(application), Evaluation.findById(application.id) != null);
    }

    /** What the guards look at, from the live appointment's state (null without one) and whether it was rated. */
    public ApplicationLifecycle.Situation situation(Service service, Actor actor, Appointment.State liveAppointment,
            boolean evaluated) {
        return new ApplicationLifecycle.Situation(service, actor, liveAppointment, evaluated,
                lines.rulesOf(service.line()).withdrawalAfterApproval(service.line()));
    }
}
