package cn.gonghui.catalogue;

import jakarta.transaction.Transactional;
import cn.gonghui.platform.database.ReferenceDataChanged;
import cn.gonghui.platform.database.ReferenceDataChanges;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.event.Observes;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The catalogue as the engine reads it, from memory: members open it and every application view
 * names its service, while administrators change it a few times a year. The services are read
 * once into a snapshot, dropped when a change commits anywhere (announced with PostgreSQL NOTIFY,
 * see {@link ReferenceDataChanges}) and read again on next use, so a district's new form version
 * still takes effect on every instance at once. A form version never changes once published, so
 * each one is parsed once and kept.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Catalogue {

    /** What a change of the catalogue announces (see ReferenceDataChanges): every instance reads it again. */
    public static final String REFERENCE_DATA_KIND = "catalogue";

    private static final TypeReference<List<FormAttribute>> ATTRIBUTES = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final ServiceAvailability availability;
    private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();
    private final Cache services;

    public Catalogue(EntityManager entityManager, ObjectMapper json, ServiceAvailability availability,
            @CacheName("catalogue") Cache services) {
        this.entityManager = entityManager;
        this.json = json;
        this.availability = availability;
        this.services = services;
    }

    public Optional<Service> service(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().byCode().get(code));
    }

    /** Every service, enabled or not, in the catalogue's order. */
    public List<Service> services() {
        return snapshot().inOrder();
    }

    void changed(@Observes ReferenceDataChanged change) {
        if (change.concerns(REFERENCE_DATA_KIND)) {
            services.invalidateAll().await().indefinitely();
        }
    }

    private Snapshot snapshot() {
        return services.<String, Snapshot>get("services", key -> Snapshot.of(
                        ServiceDefinition.<ServiceDefinition>listAll().stream().map(Service::of).toList()))
                .await().indefinitely();
    }

    /** Every service as read at one moment: by code, and in the catalogue's order. */
    private record Snapshot(Map<String, Service> byCode, List<Service> inOrder, Map<String, Object> views) {

        static Snapshot of(List<Service> services) {
            List<Service> inOrder = services.stream()
                    .sorted(java.util.Comparator.comparingInt(Service::displayOrder).thenComparing(Service::code))
                    .toList();
            return new Snapshot(inOrder.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                    Service::code, service -> service)), inOrder, new ConcurrentHashMap<>());
        }
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
        if (page.after().isEmpty()) {
            return kept("services/" + locale.toLanguageTag() + "/" + page.limit(), () -> enabledServicesAfter(page, locale));
        }
        return enabledServicesAfter(page, locale);
    }

    /**
     * A public view made once per snapshot of the catalogue and kept with it, so every request for it
     * gets the same object, whose JSON and ETag are written once (ContentTagFilter); a change of the
     * catalogue drops it with the snapshot. The key must come from a bounded set (a known service, a
     * supported locale, a page size), never from free input, and the view must read the catalogue
     * itself, inside: what it read before may be older than the snapshot it is kept with.
     */
    @SuppressWarnings("unchecked")
    public <T> T kept(String key, Supplier<T> view) {
        return (T) snapshot().views().computeIfAbsent(key, any -> view.get());
    }

    private Page<ServiceSummaryView> enabledServicesAfter(PageParams page, Locale locale) {
        // the same keyset as a query would use (the display order), over the snapshot
        int after = page.after().map(cursor -> cursor.expect(1).smallInteger(0)).orElse(Integer.MIN_VALUE);
        List<Service> rows = services().stream()
                .filter(Service::enabled)
                .filter(service -> service.displayOrder() > after)
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(rows, page.limit(), service -> Cursor.of(service.displayOrder()),
                service -> ServiceSummaryView.of(service, locale));
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
