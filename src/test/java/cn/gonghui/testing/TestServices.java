package cn.gonghui.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Services the tests add to the catalogue. The hardship lines are not in the catalogue yet; the
 * tests' own hardship service stands in for them: purpose {@code hardship}, no line rules, one
 * ordinary and one sensitive field.
 */
@ApplicationScoped
public class TestServices {

    public static final String HARDSHIP = "hardship.rights-test";

    private final EntityManager entityManager;

    public TestServices(EntityManager entityManager) {
        this.entityManager = entityManager;
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
                    .setParameter("code", HARDSHIP).setParameter("now", Instant.now())
                    .executeUpdate();
            entityManager.createNativeQuery("""
                    INSERT INTO service_forms (service_code, version, attributes, created_at)
                    VALUES (:code, 1, CAST(:attributes AS jsonb), :now)
                    ON CONFLICT DO NOTHING""")
                    .setParameter("code", HARDSHIP).setParameter("now", Instant.now())
                    .setParameter("attributes", """
                            [{"code": "situation", "datatype": "text", "required": true, "order": 1, "maxLength": 500,
                              "sensitive": false, "label": {"zh": "困难情况", "en": "Situation"}},
                             {"code": "monthlyIncome", "datatype": "money", "required": true, "order": 2,
                              "sensitive": true, "label": {"zh": "家庭月收入", "en": "Monthly household income"}}]""")
                    .executeUpdate();
        });
        return HARDSHIP;
    }

    /** A hardship application body in the 德胜 street. */
    public static String hardshipBody(String situation, String monthlyIncome) {
        return "{\"serviceCode\": \"" + HARDSHIP + "\", \"streetCode\": \"desheng\", \"form\": {\"situation\": \""
                + situation + "\", \"monthlyIncome\": \"" + monthlyIncome + "\"}}";
    }
}
