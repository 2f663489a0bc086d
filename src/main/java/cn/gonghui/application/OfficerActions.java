package cn.gonghui.application;

import cn.gonghui.security.DataScope;
import cn.gonghui.identity.Officers;
import cn.gonghui.identity.Officers.OfficerRef;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.place.Stations;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * What officers do to applications: each action checks its own fields and adds its effect; the
 * engine does the rest. Line rules see the action and its {@code result}, and approvals and
 * completions.
 */
@ApplicationScoped
public class OfficerActions {

    private final ApplicationEngine engine;
    private final ApplicationAccess access;
    private final Appointments appointments;
    private final LineRegistry lines;
    private final ApplicationResults results;
    private final ActionResults actionResults;
    private final ApplicationForms forms;
    private final Clock clock;
    private final AuditLog audit;
    private final Officers officers;
    private final Stations stations;
    private final StreetQueries streets;

    public OfficerActions(ApplicationEngine engine, ApplicationAccess access, Appointments appointments,
            LineRegistry lines, ApplicationResults results, ActionResults actionResults, ApplicationForms forms,
            Clock clock, AuditLog audit, Officers officers, Stations stations, StreetQueries streets) {
        this.officers = officers;
        this.stations = stations;
        this.streets = streets;
        this.results = results;
        this.actionResults = actionResults;
        this.forms = forms;
        this.audit = audit;
        this.engine = engine;
        this.access = access;
        this.appointments = appointments;
        this.lines = lines;
        this.clock = clock;
    }

    @Transactional
    public Application act(UUID applicationId, Actor officer, DataScope scope, String actionCode, ActionRequest body,
            String ifMatch) {
        return act(applicationId, officer, scope, actionCode, body, ifMatch, true);
    }

    /**
     * The service takes an action itself, in the caller's transaction, when a line's partner reports
     * what settles it (the bank issued the card): the same checks and hooks as an officer's action,
     * with no version to match because no one read the application first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void actAsSystem(UUID applicationId, Action action, ActionRequest body) {
        act(applicationId, Actor.system(), new DataScope.Everything(), action.code(), body, null, false);
    }

    private Application act(UUID applicationId, Actor officer, DataScope scope, String actionCode, ActionRequest body,
            String ifMatch, boolean ifMatchRequired) {
        Action action = Action.officerAction(actionCode)
                .orElseThrow(() -> ApiProblem.notFound("ACTION_NOT_FOUND", actionCode));
        ActionRequest request = body == null ? new ActionRequest(null, null, null, null, null, null) : body;
        requireFields(action, request);
        ApplicationEngine.Change change = new ApplicationEngine.Change(applicationId, officer, scope, action, ifMatch,
                ifMatchRequired, blankToNull(request.reason()), details(request));
        return engine.perform(change, (application, service, planned) -> {
            if (request.note() != null && !request.note().isBlank() && officer.id() != null) {
                addNote(application, officer.id(), request.note());
            }
            LineRules<?> rules = lines.rulesOf(service.line());
            // the lines read the application as values; they change it only by what their hooks return
            ApplicationRef ref = ApplicationRef.of(application);
            // decrypted and read only if a hook of this action reads the form, and then once
            FiledForm<?> form = FiledForm.stored(rules, () -> forms.whole(application));
            ActionResult result = actionResults.read(rules.resultShape(action, ref), request.result());
            results.merge(application, form.fromViewIfRead((line, view) ->
                    line.onAction(action, ref, request, result, view)));
            switch (action) {
                case INVITE_APPOINTMENT -> appointments.propose(application, station(request.stationId()));
                case RECORD_VISIT -> {
                    boolean arrived = "arrived".equals(request.outcome());
                    appointments.visited(application, arrived);
                    // a missed visit keeps the application waiting for a new booking
                    return arrived ? planned : ApplicationStatus.AWAITING_APPOINTMENT;
                }
                case ASSIGN -> application.assigneeId = assignee(request.officerId(), application);
                // afresh: the approval and the completion read what onAction just added to the result
                case APPROVE -> results.merge(application, form.fromView((line, view) ->
                        line.onApproved(ApplicationRef.of(application), view)));
                case COMPLETE -> form.withView((line, view) -> line.onCompleted(ApplicationRef.of(application), view));
                case REJECT -> appointments.closeFor(application);
                default -> { }
            }
            return planned;
        });
    }

    /** A note of an officer's, never shown to the applicant. */
    @Transactional
    public ApplicationNote note(UUID applicationId, UUID officerId, DataScope scope, String text) {
        ApplicationNote note = addNote(access.read(applicationId, scope), officerId, text);
        audit.record(AuditEvent.of("application.note", "application", applicationId));
        return note;
    }

    private ApplicationNote addNote(Application application, UUID officerId, String text) {
        ApplicationNote note = new ApplicationNote();
        note.id = Ids.newId();
        note.application = application;
        note.officerId = officerId;
        note.text = text.strip();
        note.createdAt = clock.instant();
        note.persist();
        return note;
    }

    private static void requireFields(Action action, ActionRequest request) {
        String missing = switch (action) {
            case REJECT, REQUEST_INFO -> request.reason() == null || request.reason().strip().length() < 2 ? "reason" : null;
            case INVITE_APPOINTMENT -> request.stationId() == null ? "stationId" : null;
            case ASSIGN -> request.officerId() == null ? "officerId" : null;
            case RECORD_VISIT -> request.outcome() == null ? "outcome" : null;
            default -> null;
        };
        if (missing != null) {
            throw ApiProblem.invalidField(missing, "REQUIRED");
        }
    }

    private UUID station(UUID stationId) {
        if (!stations.exists(stationId)) {
            throw ApiProblem.invalidField(422, "APPLICATION_INVALID", "stationId", "UNKNOWN_STATION");
        }
        return stationId;
    }

    /** The assignee must work the application's street (or its whole district). */
    private UUID assignee(UUID officerId, Application application) {
        UUID districtId = streets.find(application.streetId).map(StreetQueries.StreetRef::districtId).orElse(null);
        boolean inScope = officers.find(officerId).filter(OfficerRef::enabled)
                .filter(officer -> officer.works(application.streetId, districtId)).isPresent();
        if (!inScope) {
            throw ApiProblem.invalidField(422, "APPLICATION_INVALID", "officerId", "ASSIGNEE_OUT_OF_SCOPE");
        }
        return officerId;
    }

    private static ActionDetails details(ActionRequest request) {
        ActionDetails details = ActionDetails.ofOfficer(request.stationId(), request.officerId(),
                request.outcome());
        return details.isEmpty() ? null : details;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
