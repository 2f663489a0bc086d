package cn.gonghui.application;

import cn.gonghui.platform.database.ReadOnlyTransaction;
import cn.gonghui.application.ApplicationViews.AppointmentView;
import cn.gonghui.application.ApplicationViews.DetailView;
import cn.gonghui.application.ApplicationViews.EvaluationView;
import cn.gonghui.application.ApplicationViews.EventView;
import cn.gonghui.application.ApplicationViews.ExportedApplication;
import cn.gonghui.application.ApplicationViews.NoteView;
import cn.gonghui.application.ApplicationViews.SummaryView;
import cn.gonghui.attachment.AttachmentView;
import cn.gonghui.attachment.Attachments;
import cn.gonghui.catalogue.Catalogue;
import cn.gonghui.catalogue.Service;
import cn.gonghui.security.DataScope;
import cn.gonghui.identity.Members;
import cn.gonghui.identity.Members.MemberRef;
import cn.gonghui.place.PlaceViews.StreetView;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.place.Stations;
import cn.gonghui.place.Stations.StationRef;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.i18n.RequestLocale;
import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.privacy.Masking;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of applications, always within the caller's data scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationQueries {

    private final ApplicationAccess access;
    private final ApplicationEngine engine;
    private final Appointments appointments;
    private final Catalogue catalogue;
    private final ApplicationForms forms;
    private final ObjectMapper json;
    private final RequestLocale locale;
    private final AuditLog audit;
    private final Attachments attachments;
    private final Clock clock;
    private final Stations stations;
    private final Members members;
    private final StreetQueries streets;
    private final EntityManager entityManager;

    public ApplicationQueries(ApplicationAccess access, ApplicationEngine engine, Appointments appointments,
            Catalogue catalogue, ApplicationForms forms, ObjectMapper json, RequestLocale locale, AuditLog audit,
            Attachments attachments, Clock clock, Stations stations, Members members, StreetQueries streets,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.members = members;
        this.streets = streets;
        this.stations = stations;
        this.attachments = attachments;
        this.audit = audit;
        this.access = access;
        this.engine = engine;
        this.appointments = appointments;
        this.catalogue = catalogue;
        this.forms = forms;
        this.json = json;
        this.locale = locale;
        this.clock = clock;
    }

    @ReadOnlyTransaction
    public Versioned<DetailView> detail(UUID id, Actor actor, DataScope scope) {
        return detail(access.read(id, scope), actor);
    }

    /** The full view of an application for this actor: officers also get its notes, applicants not. */
    public Versioned<DetailView> detail(Application application, Actor actor) {
        return detail(application, actor, lineSummaries(List.of(ApplicationLine.of(application)), actor.isOfficer()));
    }

    private Versioned<DetailView> detail(Application application, Actor actor,
            Function<ApplicationLine, SummaryView> summaries) {
        Service service = catalogue.service(application.serviceCode).orElseThrow();
        List<EventView> history = ApplicationEvent.<ApplicationEvent>find("application = ?1 order by at, id", application)
                .stream().map(event -> new EventView(event.at, event.actorRole, event.action, event.fromStatus,
                        event.toStatus, event.reason)).toList();
        List<AttachmentView> documents = attachments.viewsOf(entityManager.createQuery(
                        "select aa.attachmentId from ApplicationAttachmentLink aa where aa.applicationId = :id", UUID.class)
                .setParameter("id", application.id).getResultList());
        List<NoteView> notes = actor.isOfficer()
                ? ApplicationNote.<ApplicationNote>find("application = ?1 order by id", application).stream()
                        .map(note -> new NoteView(note.id, note.officerId, note.text, note.createdAt)).toList()
                : null;
        Evaluation evaluation = Evaluation.findById(application.id);
        // the latest appointment is the live one when there is one (a new one is made only after the last ended)
        Appointment latest = latestAppointment(application);
        Appointment.State live = latest != null && latest.status.isLive() ? latest.status : null;
        List<Action> allowed = List.copyOf(engine.allowedActions(application, service,
                engine.situation(service, actor, live, evaluation != null)));
        ObjectNode sensitive = forms.sensitive(application);
        ObjectNode form = forms.plain(application);
        List<ApplicationViews.WithheldField> withheld = new java.util.ArrayList<>();
        if (actor.isOfficer()) {
            sensitive.fieldNames().forEachRemaining(code -> withheld.add(new ApplicationViews.WithheldField(code)));
        } else {
            form.setAll(sensitive);
        }
        // the station is the appointment's: one source, so the two can never disagree
        AppointmentView appointment = latest == null ? null : appointmentView(latest);
        DetailView view = new DetailView(summaries.apply(ApplicationLine.of(application)), form,
                application.formVersion, withheld, documents,
                application.result == null ? json.createObjectNode() : application.result,
                appointment == null ? null : appointment.stationId(), appointment,
                evaluation == null ? null : new EvaluationView(evaluation.rating, evaluation.comment, evaluation.createdAt),
                history, notes, allowed);
        return new Versioned<>(view, application.version);
    }

    /**
     * Every application of a member in full, as they see it (the form decrypted), with every
     * appointment it had: their part of the member's data export.
     */
    public List<ExportedApplication> everythingOf(UUID memberId) {
        Actor applicant = new Actor(Actor.Kind.APPLICANT, memberId);
        // every appointment of the member and their stations in one query each, not one per appointment
        Map<UUID, List<Appointment>> appointments = Appointment.<Appointment>find(
                        "application.memberId = ?1 order by createdAt, id", memberId).stream()
                .collect(Collectors.groupingBy(appointment -> appointment.application.id));
        Map<UUID, StationRef> places = stations.findAll(appointments.values().stream().flatMap(List::stream)
                .map(appointment -> appointment.stationId).collect(Collectors.toSet()));
        List<Application> all = Application.list("memberId = ?1 order by id", memberId);
        Function<ApplicationLine, SummaryView> summaries = lineSummaries(all.stream().map(ApplicationLine::of).toList(),
                false);
        return all.stream()
                .map(application -> new ExportedApplication(detail(application, applicant, summaries).view(),
                        appointments.getOrDefault(application.id, List.of()).stream()
                                .map(appointment -> appointmentView(appointment, places.get(appointment.stationId)))
                                .toList()))
                .toList();
    }

    /**
     * The summaries of these applications (a page of a list, or one): their applicants' names and
     * their streets are other capabilities' and are read once for all of them, never one per row.
     * {@code masked}: the applicant's name as officers see it.
     */
    public Function<ApplicationLine, SummaryView> lineSummaries(Collection<ApplicationLine> applications, boolean masked) {
        Map<String, Service> services = catalogue.services().stream()
                .collect(Collectors.toMap(Service::code, Function.identity()));
        Map<UUID, MemberRef> applicants = members.findAll(applications.stream().map(ApplicationLine::memberId)
                .collect(Collectors.toSet()));
        Map<UUID, StreetView> places = streets.viewsOf(applications.stream().map(ApplicationLine::streetId)
                .collect(Collectors.toSet()));
        LocalDate today = BeijingTime.today(clock);
        return application -> {
            MemberRef applicant = applicants.get(application.memberId());
            String name = applicant == null ? null : applicant.realName();
            return new SummaryView(application.id(), application.number(), application.serviceCode(),
                    services.get(application.serviceCode()).name(locale.get()), application.status(),
                    places.get(application.streetId()), masked ? Masking.name(name) : name, application.submittedAt(),
                    application.expectedBy(), application.isOverdue(today), application.assigneeId());
        };
    }

    /** The latest appointment: the live one, or how the last one ended. */
    private static Appointment latestAppointment(Application application) {
        return Appointment.<Appointment>find("application = ?1 order by createdAt desc, id desc", application)
                .firstResult();
    }

    private AppointmentView appointmentView(Appointment appointment) {
        return appointmentView(appointment, stations.find(appointment.stationId).orElseThrow());
    }

    private static AppointmentView appointmentView(Appointment appointment, StationRef station) {
        return new AppointmentView(appointment.id, appointment.status, station.id(), station.name(),
                station.address(), appointment.slotId, appointment.startsAt, appointment.endsAt);
    }

    /**
     * The whole form with its sensitive fields, for an officer who gives a reason; the look is
     * audited. The applicant sees their own form whole in the ordinary view.
     */
    @Transactional
    public ApplicationViews.SensitiveFormView sensitiveForm(UUID id, DataScope scope, String reason) {
        if (reason.strip().length() < 4) {
            throw ApiProblem.invalidField("reason", "TOO_SHORT");
        }
        Application application;
        AuditEvent look = AuditEvent.of("application.sensitive_view", "application", id)
                .details(java.util.Map.of("reason", reason.strip()));
        try {
            application = access.read(id, scope);
        } catch (cn.gonghui.platform.error.ApiProblem notFound) {
            audit.recordAlone(look.outcome(AuditEvent.Outcome.DENIED));
            throw notFound;
        }
        audit.record(look);
        return new ApplicationViews.SensitiveFormView(application.id, forms.whole(application));
    }
}
