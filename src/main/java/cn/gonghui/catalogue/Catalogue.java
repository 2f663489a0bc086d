package cn.gonghui.catalogue;

import cn.gonghui.catalogue.CatalogueViews.ServiceSummaryView;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue as the engine reads it. A form version never changes once published, so each one
 * is parsed once and kept; which version is current is read from the database every time, so a
 * district's new version takes effect on every instance at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Catalogue {

    private static final TypeReference<List<FormAttribute>> ATTRIBUTES = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final ServiceAvailability availability;
    private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();

    public Catalogue(EntityManager entityManager, ObjectMapper json, ServiceAvailability availability) {
        this.entityManager = entityManager;
        this.json = json;
        this.availability = availability;
    }

    public Optional<Service> service(String code) {
        return definition(code).map(Service::of);
    }

    /** Every service, enabled or not, in no particular order. */
    public List<Service> services() {
        return ServiceDefinition.<ServiceDefinition>listAll().stream().map(Service::of).toList();
    }

    private static Optional<ServiceDefinition> definition(String code) {
        return Optional.ofNullable(code == null ? null : ServiceDefinition.findById(code));
    }

    /**
     * The service a member may apply for in this street; empty when there is no such service. One
     * switched off, everywhere or in the street's district, is a 422 {@code SERVICE_NOT_AVAILABLE}:
     * the member learns it is not offered rather than unknown. Applications filed before go on.
     */
    public Optional<Service> serviceAvailableIn(String code, String streetCode) {
        Optional<Service> service = service(code);
        service.ifPresent(found -> {
            String rule = !found.enabled() ? "SERVICE_DISABLED"
                    : streetCode != null && availability.offAtStreet(found.code(), streetCode)
                            ? "SERVICE_DISABLED_IN_DISTRICT"
                    : null;
            if (rule != null) {
                throw ApiProblem.invalidField(422, "SERVICE_NOT_AVAILABLE", "serviceCode", rule);
            }
        });
        return service;
    }

    /** The public catalogue's service: unknown and disabled services look alike there. */
    public Service enabledService(String code) {
        return service(code).filter(Service::enabled)
                .orElseThrow(() -> ApiProblem.notFound("SERVICE_NOT_FOUND", code));
    }

    /** The services members may apply for, in the catalogue's order. */
    public Page<ServiceSummaryView> enabledServices(PageParams page, Locale locale) {
        return KeysetQuery.jpql("select s from ServiceDefinition s", ServiceDefinition.class)
                .where("s.enabled = true")
                .orderBy(Direction.ASCENDING, SortKey.integer("s.displayOrder"))
                .page(page)
                .fetchPage(entityManager, service -> Cursor.of(service.displayOrder),
                        service -> ServiceSummaryView.of(Service.of(service), locale));
    }

    public FormDefinition currentForm(Service service) {
        return form(service.code(), service.currentFormVersion());
    }

    public FormDefinition form(String serviceCode, int version) {
        return forms.computeIfAbsent(serviceCode + "@" + version, key -> load(serviceCode, version));
    }

    static List<LocalisedText> documents(ServiceDefinition service) {
        return service.documents == null ? List.of() : List.copyOf(service.documents);
    }

    private FormDefinition load(String serviceCode, int version) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT CAST(attributes AS text) FROM service_forms WHERE service_code = :code AND version = :version")
                .setParameter("code", serviceCode)
                .setParameter("version", version)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("Service " + serviceCode + " has no form version " + version);
        }
        try {
            return new FormDefinition(serviceCode, version, json.readValue((String) rows.get(0), ATTRIBUTES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Form " + serviceCode + " v" + version + " is not valid", e);
        }
    }
}
