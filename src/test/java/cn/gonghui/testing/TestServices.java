package cn.gonghui.testing;

import java.sql.Connection;
import java.sql.Statement;

/** Services that exist only in tests, to exercise the engine where the seeded lines do not. */
public final class TestServices {

    /** {@code test.sensitive}: a money field marked sensitive (income) and a plain note. */
    public static final String SENSITIVE = "test.sensitive";

    private TestServices() {
    }

    public static void ensureSensitiveService() throws Exception {
        try (Connection connection = TestDatabase.database().connect(); Statement sql = connection.createStatement()) {
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
    }
}
