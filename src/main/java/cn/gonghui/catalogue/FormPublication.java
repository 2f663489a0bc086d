package cn.gonghui.catalogue;

import cn.gonghui.platform.database.ReferenceDataChanges;
import cn.gonghui.catalogue.FormVersionViews.Attribute;
import cn.gonghui.catalogue.FormVersionViews.View;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishing a service's next form version. New applications use it from the commit on; an
 * application keeps the version it was filed with (applications.form_version), and its supplements
 * are checked against that one, so nobody's filed request turns invalid under them. Versions are
 * never changed once published: the next change is the next version.
 */
@ApplicationScoped
public class FormPublication {

    private final Catalogue catalogue;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final ReferenceDataChanges changes;

    public FormPublication(Catalogue catalogue, AuditLog audit, EntityManager entityManager, ObjectMapper json, Clock clock,
            ReferenceDataChanges changes) {
        this.changes = changes;
        this.catalogue = catalogue;
        this.audit = audit;
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public View publish(String code, FormVersionViews.Request request, String ifMatch) {
        ServiceDefinition service = CatalogueAdministration.find(code, LockModeType.PESSIMISTIC_WRITE);
        EntityVersions.requireMatch(ifMatch, service.version);
        Optional<FormDefinition> baseline = BaselineForms.read().stream()
                .filter(seeded -> seeded.code().equals(code)).map(BaselineForms.Baseline::form).findFirst();
        List<FormAttribute> attributes = FormDefinitionRules.check(request.attributes(), baseline);

        int previous = service.currentFormVersion;
        int version = ((Number) entityManager.createNativeQuery(
                        "SELECT COALESCE(MAX(version), 0) + 1 FROM service_forms WHERE service_code = :code")
                .setParameter("code", code).getSingleResult()).intValue();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entityManager.createNativeQuery("""
                        INSERT INTO service_forms (service_code, version, attributes, created_at)
                        VALUES (:code, :version, CAST(:attributes AS jsonb), :now)""")
                .setParameter("code", code).setParameter("version", version)
                .setParameter("attributes", write(attributes)).setParameter("now", now).executeUpdate();
        service.currentFormVersion = version;
        service.updatedAt = now;
        audit.record(AuditEvent.of("catalogue.form_published", "service", code)
                .details(Map.of("before", Map.of("currentFormVersion", previous),
                        "after", Map.of("currentFormVersion", version), "attributes", attributes.size())));
        changes.announce(Catalogue.REFERENCE_DATA_KIND);
        entityManager.flush();
        // the view is made from what was written, not the catalogue's cache: a version is cached once committed
        return view(new FormDefinition(code, version, attributes), now, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public View version(String code, int version) {
        ServiceDefinition service = CatalogueAdministration.find(code, LockModeType.NONE);
        List<?> published = entityManager.createNativeQuery(
                        "SELECT created_at FROM service_forms WHERE service_code = :code AND version = :version", Instant.class)
                .setParameter("code", code).setParameter("version", version).getResultList();
        if (published.isEmpty()) {
            throw ApiProblem.notFound("FORM_VERSION_NOT_FOUND", code, version);
        }
        return view(catalogue.form(code, version), (Instant) published.get(0), service.currentFormVersion == version);
    }

    private static View view(FormDefinition form, Instant createdAt, boolean current) {
        return new View(form.serviceCode(), form.version(), current, createdAt,
                form.attributes().stream().map(Attribute::of).toList());
    }

    private String write(List<FormAttribute> attributes) {
        try {
            return json.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A form could not be written as JSON", e);
        }
    }
}
