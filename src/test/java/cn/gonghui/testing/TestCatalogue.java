package cn.gonghui.testing;

import static io.restassured.RestAssured.given;

import cn.gonghui.catalogue.Catalogue;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.database.ReferenceDataChanges;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Services of their own for the catalogue administration tests, so that switching one off or
 * publishing its next form never disturbs the seeded services other tests apply for; and a second
 * district, 顺义区, with no streets (the street list of 西城 stays the seeded 15).
 */
@ApplicationScoped
public class TestCatalogue {

    /** Form v1 of every service made here: one optional note. */
    public static final String NOTE_FORM = """
            [{"code": "note", "datatype": "text", "required": false, "order": 1, "sensitive": false,
              "label": {"zh": "说明", "en": "Note"}}]""";

    private final EntityManager entityManager;
    private final ReferenceDataChanges changes;

    public TestCatalogue(EntityManager entityManager, ReferenceDataChanges changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    /** A new membership-purpose service without line rules, offered everywhere, form v1 {@link #NOTE_FORM}. */
    public String newService() {
        String code = "test.admin-" + letters();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en,
                                          current_form_version, documents, handling_days, uses_appointment,
                                          uses_district_review, offline_place, single_open_per_member, display_order,
                                          enabled, version, updated_at)
                    VALUES (:code, :code, 'membership', '目录管理测试', 'Catalogue test', '测试用', 'For tests', 1,
                            '[{"zh": "居民身份证原件", "en": "Resident ID card"}]'::jsonb, 5, false, false,
                            'street_station', false, (SELECT MAX(display_order) + 1 FROM services), true, 0, :now)""")
                    .setParameter("code", code).setParameter("now", TestClock.current()).executeUpdate();
            entityManager.createNativeQuery("""
                    INSERT INTO service_forms (service_code, version, attributes, created_at)
                    VALUES (:code, 1, CAST(:attributes AS jsonb), :now)""")
                    .setParameter("code", code).setParameter("attributes", NOTE_FORM)
                    .setParameter("now", TestClock.current()).executeUpdate();
            // written around the service, as a migration would be: every instance is told to read the catalogue again
            changes.announce(Catalogue.REFERENCE_DATA_KIND);
        });
        return code;
    }

    /** 顺义区, another district than 西城, without streets of its own. */
    public String otherDistrict() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    INSERT INTO districts (id, code, name, number_prefix) VALUES (:id, 'shunyi', '顺义区', 'SY')
                    ON CONFLICT (code) DO NOTHING""").setParameter("id", UUID.randomUUID()).executeUpdate();
            changes.announce(StreetQueries.REFERENCE_DATA_KIND);
        });
        return "shunyi";
    }

    /** How many audit events of this action the service has. */
    public long auditEvents(String action, String serviceCode) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM audit_events WHERE action = :action AND object_id = :code")
                .setParameter("action", action).setParameter("code", serviceCode).getSingleResult()).longValue());
    }

    public static String etag(String token, String code) {
        return given().auth().oauth2(token).when().get("/api/v1/admin/services/" + code)
                .then().statusCode(200).extract().header("ETag");
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16) % 26));
        }
        return letters.toString();
    }
}
