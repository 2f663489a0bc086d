package cn.gonghui.hardship;

import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.ApplicationRequest;
import cn.gonghui.application.ApplicationSubmission;
import cn.gonghui.catalogue.Catalogue;
import cn.gonghui.catalogue.FormDefinition;
import cn.gonghui.catalogue.FormAttribute;
import cn.gonghui.catalogue.Service;
import cn.gonghui.notification.Notifier;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.i18n.RequestLocale;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.privacy.FieldCipher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 免申即享: when a file is approved, the programmes its data already qualifies for are offered to
 * the member with the form filled in from the file (the living subsidy for deep and relative
 * hardship, education aid for the household's students, medical aid when illness is a cause);
 * applying takes one tap and goes through the ordinary submission, so every rule still applies.
 */
@ApplicationScoped
public class HardshipOffers {

    static final String LIVING_SUBSIDY = "hardship.living-subsidy";
    static final String EDUCATION_AID = "hardship.education-aid";
    static final String MEDICAL_AID = "hardship.medical-aid";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Catalogue catalogue;
    private final ApplicationSubmission submission;
    private final FieldCipher cipher;
    private final HardshipForms forms;
    private final RequestLocale locale;
    private final Notifier notifier;
    private final EntityManager entityManager;
    private final Clock clock;
    private final StreetQueries streets;

    public HardshipOffers(Catalogue catalogue, ApplicationSubmission submission, FieldCipher cipher, HardshipForms forms,
            Notifier notifier, RequestLocale locale, EntityManager entityManager, Clock clock, StreetQueries streets) {
        this.streets = streets;
        this.locale = locale;
        this.catalogue = catalogue;
        this.submission = submission;
        this.cipher = cipher;
        this.forms = forms;
        this.notifier = notifier;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void offerFor(HardshipFile file, ApplicationRef fileApplication, Household household, Set<String> causes) {
        if (HardshipClassification.qualifiesForLivingSubsidy(file.classification)) {
            offer(file, fileApplication, LIVING_SUBSIDY, NODES.objectNode());
        }
        ArrayNode children = NODES.arrayNode();
        household.students().stream().filter(student -> student.schoolLevel() != null).forEach(student ->
                children.addObject().put("householdMember", student.index()).put("schoolLevel", student.schoolLevel()));
        if (!children.isEmpty()) {
            ObjectNode form = NODES.objectNode();
            form.set("children", children);
            offer(file, fileApplication, EDUCATION_AID, form);
        }
        if (causes.contains("illness")) {
            offer(file, fileApplication, MEDICAL_AID, NODES.objectNode());
        }
    }

    private List<HardshipOffer> of(UUID memberId) {
        return HardshipOffer.list("memberId = ?1 order by createdAt desc, id desc", memberId);
    }

    /** The member's offers as they see them, newest first, each form decrypted. */
    public List<HardshipViews.OfferView> viewsOf(UUID memberId) {
        return of(memberId).stream().map(offer -> new HardshipViews.OfferView(offer.id, offer.serviceCode,
                catalogue.service(offer.serviceCode).map(service -> service.name(locale.get()))
                        .orElse(offer.serviceCode), offer.status.code(), form(offer), offer.applicationId, offer.createdAt))
                .toList();
    }

    /** The offer's form as filled in from the file, decrypted for its member. */
    public ObjectNode form(HardshipOffer offer) {
        ObjectNode form = offer.form == null ? NODES.objectNode() : offer.form.deepCopy();
        if (offer.formSensitive != null) {
            form.setAll(forms.read(cipher.decrypt(HardshipOffer.SENSITIVE_FORM, offer.formSensitive)));
        }
        return form;
    }

    /**
     * Submits the offered programme with the pre-filled form, the member's own fields laid over it
     * (e.g. the amount and bills of medical aid); the offer is applied once only.
     */
    @Transactional
    public ApplicationRef apply(UUID memberId, UUID offerId, JsonNode overrides, List<UUID> attachmentIds) {
        HardshipOffer offer = HardshipOffer.<HardshipOffer>find("id = ?1 and memberId = ?2", offerId, memberId)
                .firstResultOptional().orElseThrow(() -> ApiProblem.notFound("OFFER_NOT_FOUND"));
        if (!HardshipOfferStatus.MOVES.allows(offer.status, HardshipOfferStatus.APPLIED)) {
            throw ApiProblem.conflict("OFFER_ALREADY_APPLIED");
        }
        ObjectNode form = form(offer);
        if (overrides != null && overrides.isObject()) {
            for (Map.Entry<String, JsonNode> field : overrides.properties()) {
                form.set(field.getKey(), field.getValue());
            }
        }
        HardshipFile file = HardshipFile.findById(offer.fileId);
        String streetCode = streets.find(file.streetId).orElseThrow().code();
        ApplicationRef application = submission.submitFor(memberId,
                new ApplicationRequest(offer.serviceCode, streetCode, form, attachmentIds));
        // the row decides a race of two taps: the second finds it applied and rolls back its application
        int taken = entityManager.createQuery("""
                update HardshipOffer set status = :applied, applicationId = :application, updatedAt = :now,
                       version = version + 1
                 where id = :id and status = :offered""")
                .setParameter("applied", HardshipOfferStatus.APPLIED).setParameter("application", application.id())
                .setParameter("now", clock.instant()).setParameter("id", offer.id)
                .setParameter("offered", HardshipOfferStatus.OFFERED)
                .executeUpdate();
        if (taken == 0) {
            throw ApiProblem.conflict("OFFER_ALREADY_APPLIED");
        }
        return application;
    }

    private void offer(HardshipFile file, ApplicationRef fileApplication, String serviceCode, ObjectNode form) {
        Service service = catalogue.service(serviceCode).filter(found -> found.enabled()).orElse(null);
        if (service == null) {
            return;
        }
        FormDefinition definition = catalogue.currentForm(service);
        ObjectNode plain = NODES.objectNode();
        ObjectNode sensitive = NODES.objectNode();
        form.properties().forEach(field -> {
            boolean secret = definition.attribute(field.getKey()).map(FormAttribute::sensitive).orElse(true);
            (secret ? sensitive : plain).set(field.getKey(), field.getValue());
        });
        Instant now = clock.instant();
        int offered = entityManager.createNativeQuery("""
                INSERT INTO hardship_offers (id, member_id, file_id, service_code, form, form_sensitive, status,
                                             created_at, updated_at, version)
                VALUES (:id, :member, :file, :service, CAST(:form AS jsonb), CAST(:sensitive AS text), 'offered', :now, :now, 0)
                ON CONFLICT (file_id, service_code) DO NOTHING""")
                .setParameter("id", Ids.newId()).setParameter("member", file.memberId).setParameter("file", file.id)
                .setParameter("service", serviceCode).setParameter("form", plain.toString())
                .setParameter("sensitive", sensitive.isEmpty() ? null : cipher.encrypt(HardshipOffer.SENSITIVE_FORM,
                        sensitive.toString()))
                .setParameter("now", now)
                .executeUpdate();
        if (offered > 0) {
            notifier.notify(new Notifier.Notice(file.memberId, fileApplication.id(), "hardship_offer",
                    service.name(Locale.SIMPLIFIED_CHINESE), fileApplication.number(), null));
        }
    }
}
