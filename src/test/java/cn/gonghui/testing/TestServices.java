package cn.gonghui.testing;

import cn.gonghui.catalogue.Catalogue;
import cn.gonghui.platform.database.ReferenceDataChanged;
import cn.gonghui.platform.database.ReferenceDataChanges;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Services the tests add to the catalogue, for tests of the engine and of privacy that want a
 * service with no line rules: a hardship-purpose one with one ordinary and one sensitive field
 * (the real hardship lines need a household and an active file first), and a membership-purpose
 * one with a sensitive money field.
 */
@ApplicationScoped
public class TestServices {

    public static final String HARDSHIP = "hardship.rights-test";
    /** {@code test.sensitive}: a membership-purpose service with a money field marked sensitive and a plain note. */
    public static final String SENSITIVE = "test.sensitive";

    private final EntityManager entityManager;
    private final ReferenceDataChanges changes;

    public TestServices(EntityManager entityManager, ReferenceDataChanges changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    /** Adds the hardship service once; a form is {"situation": text, "monthlyIncome": money, sensitive}. */
    public String hardship() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en,
                                          current_form_version, documents, handling_days, uses_appointment,
                                          uses_district_review, offline_place, single_open_per_member, display_order,
                                          enabled, version, updated_at)
                    VALUES (:code, :code, 'hardship', '困难帮扶（测试）', 'Hardship help (test)', '测试用', 'For tests',
                            1, '[]'::jsonb, 10, false, false, 'street_station', false, 9001, true, 0, :now)
                    ON CONFLICT (code) DO NOTHING""")
                    .setParameter("code", HARDSHIP).setParameter("now", TestClock.current())
                    .executeUpdate();
            entityManager.createNativeQuery("""
                    INSERT INTO service_forms (service_code, version, attributes, created_at)
                    VALUES (:code, 1, CAST(:attributes AS jsonb), :now)
                    ON CONFLICT DO NOTHING""")
                    .setParameter("code", HARDSHIP).setParameter("now", TestClock.current())
                    .setParameter("attributes", """
                            [{"code": "situation", "datatype": "text", "required": true, "order": 1, "maxLength": 500,
                              "sensitive": false, "label": {"zh": "困难情况", "en": "Situation"}},
                             {"code": "monthlyIncome", "datatype": "money", "required": true, "order": 2,
                              "sensitive": true, "label": {"zh": "家庭月收入", "en": "Monthly household income"}}]""")
                    .executeUpdate();
            changes.announce(Catalogue.REFERENCE_DATA_KIND);
        });
        return HARDSHIP;
    }

    /** A hardship application body in the 德胜 street. */
    public static String hardshipBody(String situation, String monthlyIncome) {
        return "{\"serviceCode\": \"" + HARDSHIP + "\", \"streetCode\": \"desheng\", \"form\": {\"situation\": \""
                + situation + "\", \"monthlyIncome\": \"" + monthlyIncome + "\"}}";
    }

    /** Adds {@code test.sensitive} once, for tests that run without the bean (static set-up). */
    public static void ensureSensitiveService() throws Exception {
        try (java.sql.Connection connection = TestDatabase.database().connect();
             java.sql.Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO services (code, line, purpose, name_zh, name_en, description_zh, description_en,
                                          current_form_version, documents, handling_days, uses_appointment,
                                          uses_district_review, offline_place, single_open_per_member, display_order,
                                          enabled, version, updated_at)
                    VALUES ('test.sensitive', 'test.sensitive', 'membership', '测试服务', 'Test service', '测试', 'Test', 1,
                            '[]', 5, false, false, 'street_station', false, 9999, true, 0, now())
                    ON CONFLICT DO NOTHING""");
            sql.execute("""
                    INSERT INTO service_forms (service_code, version, attributes, created_at)
                    VALUES ('test.sensitive', 1, '[{"code": "householdIncome", "datatype": "money", "required": true,
                            "order": 1, "sensitive": true, "label": {"zh": "家庭年收入", "en": "Household income"}},
                            {"code": "note", "datatype": "text", "required": false, "order": 2, "sensitive": false,
                            "label": {"zh": "说明", "en": "Note"}}]', now())
                    ON CONFLICT DO NOTHING""");
        }
        // written around the service: this instance is told to read the catalogue again, as an announcement would
        io.quarkus.arc.Arc.container().beanManager().getEvent()
                .fire(new ReferenceDataChanged(Catalogue.REFERENCE_DATA_KIND));
    }
}
