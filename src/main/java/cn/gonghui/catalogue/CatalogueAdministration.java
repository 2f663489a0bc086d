package cn.gonghui.catalogue;

import cn.gonghui.platform.database.ReferenceDataChanges;
import cn.gonghui.catalogue.AdminCatalogueViews.DistrictChange;
import cn.gonghui.catalogue.AdminCatalogueViews.DistrictView;
import cn.gonghui.catalogue.AdminCatalogueViews.DocumentText;
import cn.gonghui.catalogue.AdminCatalogueViews.NameText;
import cn.gonghui.catalogue.AdminCatalogueViews.ServiceChange;
import cn.gonghui.catalogue.AdminCatalogueViews.ServiceView;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import cn.gonghui.security.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Administrators tune a service: its name, description, handling time, documents, and where it is
 * offered; a district officer switches it on or off in their own district only. A change locks the
 * service's row, so two changes from one version meet one after the other and the second gets its
 * 412. Every change is an audit event with what it was before and after.
 */
@ApplicationScoped
public class CatalogueAdministration {

    /** Who changes the catalogue: an administrator changes anything, a district officer their districts' availability. */
    public record Editor(boolean administrator, Set<String> districts) {
    }

    private final ServiceAvailability availability;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ReferenceDataChanges changes;

    public CatalogueAdministration(ServiceAvailability availability, AuditLog audit, EntityManager entityManager,
            Clock clock, ReferenceDataChanges changes) {
        this.changes = changes;
        this.availability = availability;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The editor a caller is: an administrator, or a district officer answering for the districts their streets cover. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Editor editor(boolean administrator, DataScope scope) {
        if (administrator) {
            return new Editor(true, Set.of());
        }
        return new Editor(false, scope instanceof DataScope.Streets streets
                ? availability.districtsCoveredBy(streets.ids()) : Set.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ServiceView> get(String code) {
        return versioned(find(code, LockModeType.NONE));
    }

    @Transactional
    public Versioned<ServiceView> change(String code, ServiceChange change, String ifMatch, Editor editor) {
        ServiceDefinition service = find(code, LockModeType.PESSIMISTIC_WRITE);
        Map<String, ServiceAvailability.District> districts = availability.districts(code).stream()
                .collect(Collectors.toMap(ServiceAvailability.District::code, Function.identity()));
        authorise(change, editor, districts);
        EntityVersions.requireMatch(ifMatch, service.version);

        Map<String, Object> before = new TreeMap<>();
        Map<String, Object> after = new TreeMap<>();
        if (change.name() != null) {
            note("name", service.nameZh + " / " + service.nameEn, change.name().zh() + " / " + change.name().en(), before, after);
            service.nameZh = change.name().zh().strip();
            service.nameEn = change.name().en().strip();
        }
        if (change.description() != null) {
            note("description", service.descriptionZh.length(), change.description().zh().length(), before, after);
            service.descriptionZh = change.description().zh().strip();
            service.descriptionEn = change.description().en().strip();
        }
        if (change.handlingDays() != null) {
            note("handlingDays", service.handlingDays, change.handlingDays(), before, after);
            service.handlingDays = change.handlingDays();
        }
        if (change.documents() != null) {
            note("documents", Catalogue.documents(service).size(), change.documents().size(), before, after);
            service.documents = documents(change.documents());
        }
        if (change.enabled() != null) {
            note("enabled", service.enabled, change.enabled(), before, after);
            service.enabled = change.enabled();
        }
        for (DistrictChange district : change.districts() == null ? List.<DistrictChange>of() : change.districts()) {
            ServiceAvailability.District now = districts.get(district.code());
            if (now.enabled() != district.enabled()) {
                note("district." + district.code(), now.enabled(), district.enabled(), before, after);
                availability.set(code, now.id(), district.enabled(), now());
            }
        }
        if (!after.isEmpty()) {
            service.updatedAt = now();
            audit.record(AuditEvent.of("catalogue.service_changed", "service", code)
                    .details(Map.of("before", before, "after", after)));
            changes.announce(Catalogue.REFERENCE_DATA_KIND);
        }
        // the version moves on at the flush: the ETag must be the one after the change
        entityManager.flush();
        return versioned(service);
    }

    /** A district officer changes their own districts' availability and nothing else (403); a district must exist (400). */
    private static void authorise(ServiceChange change, Editor editor, Map<String, ServiceAvailability.District> districts) {
        if (!editor.administrator() && change.changesTheService()) {
            throw new ApiProblem(403, "FORBIDDEN");
        }
        List<DistrictChange> changes = change.districts() == null ? List.of() : change.districts();
        for (int i = 0; i < changes.size(); i++) {
            String district = changes.get(i).code();
            if (!districts.containsKey(district)) {
                throw ApiProblem.invalidField("districts[" + i + "].code", "UNKNOWN_DISTRICT");
            }
            if (!editor.administrator() && !editor.districts().contains(district)) {
                throw new ApiProblem(403, "FORBIDDEN");
            }
        }
    }

    /** PostgreSQL keeps microseconds: the answer must say what the next read will. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static void note(String field, Object was, Object is, Map<String, Object> before, Map<String, Object> after) {
        if (!was.equals(is)) {
            before.put(field, was);
            after.put(field, is);
        }
    }

    private static List<LocalisedText> documents(List<DocumentText> documents) {
        return documents.stream().map(document -> new LocalisedText(document.zh().strip(), document.en().strip())).toList();
    }

    private Versioned<ServiceView> versioned(ServiceDefinition service) {
        List<DistrictView> districts = availability.districts(service.code).stream()
                .map(district -> new DistrictView(district.code(), district.name(), district.enabled())).toList();
        List<DocumentText> documents = Catalogue.documents(service).stream()
                .map(document -> new DocumentText(document.zh(), document.en())).toList();
        return new Versioned<>(new ServiceView(service.code, service.line, service.purpose,
                NameText.of(new LocalisedText(service.nameZh, service.nameEn)),
                new AdminCatalogueViews.DescriptionText(service.descriptionZh, service.descriptionEn), service.handlingDays,
                documents, service.enabled, districts, service.currentFormVersion, service.updatedAt), service.version);
    }

    static ServiceDefinition find(String code, LockModeType lock) {
        ServiceDefinition service = code == null ? null : ServiceDefinition.findById(code, lock);
        if (service == null) {
            throw ApiProblem.notFound("SERVICE_NOT_FOUND", code);
        }
        return service;
    }
}
