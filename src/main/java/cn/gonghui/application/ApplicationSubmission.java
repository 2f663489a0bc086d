package cn.gonghui.application;

import cn.gonghui.attachment.Attachments;
import cn.gonghui.catalogue.Catalogue;
import cn.gonghui.catalogue.FormValidator;
import cn.gonghui.catalogue.Service;
import cn.gonghui.catalogue.ValidatedForm;
import cn.gonghui.identity.MemberPersonalData;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.place.StreetQueries.StreetRef;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.Constraints;
import cn.gonghui.platform.id.HumanNumbers;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.platform.time.WorkingDays;
import cn.gonghui.privacy.ConsentCheck;
import cn.gonghui.privacy.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Apply online: check the service, the member's consent to its purpose, the street, the form and
 * the documents, let the line say whether this member may apply, then store the application with
 * its number and the date it is expected by, in the submitter's transaction.
 */
@ApplicationScoped
public class ApplicationSubmission {

    /** The purpose the sensitive part of a form is encrypted for; lines that read it back use it too. */
    public static final String SENSITIVE_FORM = "application.form";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Catalogue catalogue;
    private final FormValidator validator;
    private final Attachments attachments;
    private final LineRegistry lines;
    private final ApplicationResults results;
    private final ConsentCheck consents;
    private final MemberPersonalData personal;
    private final FieldCipher cipher;
    private final HumanNumbers numbers;
    private final WorkingDays workingDays;
    private final ApplicationHistory history;
    private final EntityManager entityManager;
    private final Clock clock;
    private final StreetQueries streets;

    public ApplicationSubmission(Catalogue catalogue, FormValidator validator, Attachments attachments,
            LineRegistry lines, ApplicationResults results, ConsentCheck consents, MemberPersonalData personal, FieldCipher cipher,
            HumanNumbers numbers, WorkingDays workingDays, ApplicationHistory history, EntityManager entityManager,
            Clock clock, StreetQueries streets) {
        this.streets = streets;
        this.catalogue = catalogue;
        this.validator = validator;
        this.attachments = attachments;
        this.lines = lines;
        this.results = results;
        this.consents = consents;
        this.personal = personal;
        this.cipher = cipher;
        this.numbers = numbers;
        this.workingDays = workingDays;
        this.history = history;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Submits for another capability on the member's behalf (e.g. hardship's one-tap offers): the
     * same checks and hooks, the application answered as a value.
     */
    @Transactional
    public ApplicationRef submitFor(UUID memberId, ApplicationRequest request) {
        return ApplicationRef.of(submit(memberId, request, true));
    }

    /**
     * The service opens an application itself for the member, on a basis other than her consent to
     * the purpose: mutual aid's claim from the medical insurance's settlement of an enrolled member's
     * stay rests on the plan she joined. Every other check and hook as {@link #submitFor}; the caller
     * answers for the basis and leaves whatever needs her consent (e.g. paying without review) undone.
     */
    @Transactional
    public ApplicationRef openOnOtherBasisFor(UUID memberId, ApplicationRequest request) {
        return ApplicationRef.of(submit(memberId, request, false));
    }

    @Transactional
    Application submit(UUID memberId, ApplicationRequest request) {
        return submit(memberId, request, true);
    }

    private Application submit(UUID memberId, ApplicationRequest request, boolean onConsent) {
        Service service = catalogue.serviceAvailableIn(request.serviceCode(), request.streetCode())
                .orElseThrow(() -> unknown("serviceCode", "UNKNOWN_SERVICE"));
        // nothing of the request is looked at, let alone kept, before the member agreed to its purpose
        if (onConsent) {
            consents.require(memberId, service.purpose());
        }
        StreetRef street = streets.byCode(request.streetCode()).orElseThrow(() -> unknown("streetCode", "UNKNOWN_STREET"));
        ValidatedForm form = validator.validate(catalogue.currentForm(service), request.form());
        List<UUID> attachmentIds = new ArrayList<>(new LinkedHashSet<>(request.attachmentIdsOrNone()));
        form.attachmentIds().stream().filter(id -> !attachmentIds.contains(id)).forEach(attachmentIds::add);
        attachments.requireOwned(memberId, attachmentIds);

        LocalDate today = BeijingTime.today(clock);
        FiledForm<?> filed = FiledForm.of(lines.rulesOf(service.line()), form);
        Applicant applicant = applicant(memberId, today);
        filed.withView((line, view) -> line.beforeSubmit(applicant, service, view));
        filed.withView((line, view) -> line.checkForm(memberId, service, view));
        if (service.singleOpenPerMember()
                && Application.count("memberId = ?1 and openKey = ?2", memberId, service.code()) > 0) {
            throw ApiProblem.unprocessable("APPLICATION_ALREADY_OPEN", service.code());
        }

        Application application = new Application();
        application.id = Ids.newId();
        application.number = number(street, today);
        application.serviceCode = service.code();
        application.formVersion = service.currentFormVersion();
        application.memberId = memberId;
        application.streetId = street.id();
        application.status = ApplicationStatus.SUBMITTED;
        application.form = form.plain().deepCopy();
        application.formSensitive = form.sensitive().isEmpty() ? null : cipher.encrypt(SENSITIVE_FORM, form.sensitive().toString());
        application.submittedAt = clock.instant();
        application.updatedAt = application.submittedAt;
        application.expectedBy = workingDays.after(today, service.handlingDays());
        application.openKey = service.singleOpenPerMember() ? service.code() : null;
        application.persist();
        Constraints.flush(entityManager, Map.of("applications_one_open",
                () -> ApiProblem.unprocessable("APPLICATION_ALREADY_OPEN", service.code())));
        link(application, attachmentIds);
        ApplicationRef stored = ApplicationRef.of(application);
        results.merge(application, filed.fromView((line, view) -> line.assess(stored, service, view)));
        filed.withView((line, view) -> line.afterSubmit(stored, service, view));
        history.record(application, service, Action.SUBMIT, null, new Actor(Actor.Kind.APPLICANT, memberId), null, null);
        return application;
    }

    /** The applicant as the lines' rules see them: their recorded ID number, read for their age. */
    public Applicant applicant(UUID memberId, LocalDate today) {
        return new Applicant(memberId, personal.idNumberOf(memberId, today), today);
    }

    void link(Application application, List<UUID> attachmentIds) {
        for (UUID attachmentId : attachmentIds) {
            entityManager.createNativeQuery("""
                    INSERT INTO application_attachments (application_id, attachment_id) VALUES (:application, :attachment)
                    ON CONFLICT DO NOTHING""")
                    .setParameter("application", application.id)
                    .setParameter("attachment", attachmentId)
                    .executeUpdate();
        }
    }

    /** XC20261122-00042: the district's prefix, the day in Beijing, and that day's count. */
    private String number(StreetRef street, LocalDate today) {
        String prefix = street.districtNumberPrefix();
        long sequence = numbers.next("application:" + prefix + ":" + DAY.format(today));
        return prefix + DAY.format(today) + "-" + String.format("%05d", sequence);
    }

    private static ApiProblem unknown(String field, String code) {
        return ApiProblem.invalidField(422, "APPLICATION_INVALID", field, code);
    }
}
