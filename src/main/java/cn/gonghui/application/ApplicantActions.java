package cn.gonghui.application;

import cn.gonghui.attachment.Attachments;
import cn.gonghui.catalogue.Catalogue;
import cn.gonghui.catalogue.FormValidator;
import cn.gonghui.catalogue.ValidatedForm;
import cn.gonghui.security.DataScope;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.Constraints;
import cn.gonghui.privacy.FieldCipher;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** What applicants do to their own applications: withdraw, supplement, book, cancel, evaluate. */
@ApplicationScoped
public class ApplicantActions {

    private final ApplicationEngine engine;
    private final Appointments appointments;
    private final Catalogue catalogue;
    private final FormValidator validator;
    private final Attachments attachments;
    private final ApplicationSubmission submission;
    private final LineRegistry lines;
    private final ApplicationResults results;
    private final ApplicationForms forms;
    private final FieldCipher cipher;
    private final EntityManager entityManager;
    private final Clock clock;

    public ApplicantActions(ApplicationEngine engine, Appointments appointments, Catalogue catalogue,
            FormValidator validator, Attachments attachments, ApplicationSubmission submission, LineRegistry lines,
            ApplicationResults results, ApplicationForms forms, FieldCipher cipher, EntityManager entityManager,
            Clock clock) {
        this.lines = lines;
        this.results = results;
        this.engine = engine;
        this.appointments = appointments;
        this.catalogue = catalogue;
        this.validator = validator;
        this.attachments = attachments;
        this.submission = submission;
        this.forms = forms;
        this.cipher = cipher;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Application withdraw(UUID id, UUID memberId, String reason, String ifMatch) {
        return engine.perform(change(id, memberId, Action.WITHDRAW, ifMatch, reason), (application, service, planned) -> {
            appointments.closeFor(application);
            return planned;
        });
    }

    /** Answers {@code needs_info}: a note, changed form fields (checked again in full) and documents. */
    @Transactional
    public Application supplement(UUID id, UUID memberId, ApplicantRequests.Supplement supplement, String ifMatch) {
        return engine.perform(change(id, memberId, Action.SUPPLEMENT, ifMatch, supplement.note().strip()),
                (application, service, planned) -> {
                    ObjectNode merged = forms.whole(application);
                    if (supplement.form() != null && supplement.form().isObject()) {
                        merged.setAll((ObjectNode) supplement.form());
                        java.util.List<String> cleared = new java.util.ArrayList<>();
                        merged.fieldNames().forEachRemaining(name -> {
                            if (merged.get(name).isNull()) {
                                cleared.add(name);
                            }
                        });
                        merged.remove(cleared);
                    }
                    ValidatedForm form = validator.validate(catalogue.form(application.serviceCode,
                            application.formVersion), merged);
                    FiledForm<?> filed = FiledForm.of(lines.rulesOf(service.line()), form);
                    filed.withView((line, view) -> line.checkForm(application.memberId, service, view));
                    application.form = form.plain().deepCopy();
                    application.formSensitive = form.sensitive().isEmpty() ? null
                            : cipher.encrypt(ApplicationSubmission.SENSITIVE_FORM, form.sensitive().toString());
                    java.util.List<UUID> documents = new java.util.ArrayList<>(supplement.attachmentIdsOrNone());
                    form.attachmentIds().stream().filter(doc -> !documents.contains(doc)).forEach(documents::add);
                    attachments.requireOwned(memberId, documents);
                    submission.link(application, documents);
                    ApplicationRef supplemented = ApplicationRef.of(application);
                    results.merge(application, filed.fromView((line, view) -> line.assess(supplemented, service, view)));
                    return planned;
                });
    }

    @Transactional
    public Application book(UUID id, UUID memberId, String slotId, String ifMatch) {
        return engine.perform(change(id, memberId, Action.BOOK_APPOINTMENT, ifMatch, null), (application, service, planned) -> {
            appointments.book(application, slotId);
            return planned;
        });
    }

    @Transactional
    public Application cancelBooking(UUID id, UUID memberId, String ifMatch) {
        return engine.perform(change(id, memberId, Action.CANCEL_APPOINTMENT, ifMatch, null),
                (application, service, planned) -> {
                    appointments.cancel(application);
                    return planned;
                });
    }

    /** 办事评价, once, kept against the station, the street and the officer who decided. */
    @Transactional
    public Application evaluate(UUID id, UUID memberId, ApplicantRequests.Rating rating) {
        return engine.perform(change(id, memberId, Action.EVALUATE, null, null), (application, service, planned) -> {
            Evaluation evaluation = new Evaluation();
            evaluation.applicationId = application.id;
            evaluation.memberId = memberId;
            evaluation.rating = rating.rating().shortValue();
            evaluation.comment = rating.comment() == null || rating.comment().isBlank() ? null : rating.comment().strip();
            evaluation.streetId = application.streetId;
            evaluation.stationId = lastStation(application);
            evaluation.officerId = application.assigneeId != null ? application.assigneeId : lastOfficer(application);
            evaluation.createdAt = clock.instant();
            evaluation.persist();
            Constraints.flush(entityManager, Map.of("evaluations_pkey", () -> ApiProblem.conflict("ALREADY_EVALUATED")));
            return planned;
        });
    }

    private UUID lastStation(Application application) {
        return Appointment.<Appointment>find("application = ?1 order by createdAt desc", application)
                .firstResultOptional().map(appointment -> appointment.stationId).orElse(null);
    }

    private UUID lastOfficer(Application application) {
        return ApplicationEvent.<ApplicationEvent>find(
                        "application = ?1 and actorKind = 'officer' order by at desc", application)
                .firstResultOptional().map(event -> UUID.fromString(event.actorId)).orElse(null);
    }

    private static ApplicationEngine.Change change(UUID id, UUID memberId, Action action, String ifMatch, String reason) {
        return new ApplicationEngine.Change(id, new Actor(Actor.Kind.APPLICANT, memberId),
                new DataScope.OwnRecords(memberId), action, ifMatch, false, reason, null);
    }
}
