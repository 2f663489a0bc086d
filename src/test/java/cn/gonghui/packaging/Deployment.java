package cn.gonghui.packaging;

import cn.gonghui.launcher.EmbeddedDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What an operator gives the packaged jar on a database of its own: WeChat's credentials, the
 * database, and the test keys standing for the deployment's key files. A test adds what it is about.
 */
final class Deployment {

    private static final Path TEST_KEYS = Path.of("src", "test", "resources", "test-keys").toAbsolutePath();

    private Deployment() {
    }

    static Map<String, String> on(EmbeddedDatabase database) {
        Map<String, String> environment = new HashMap<>();
        environment.put("GONGHUI_WECHAT_APP_ID", "wx-it-app");
        environment.put("GONGHUI_WECHAT_SECRET", "it-secret");
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        environment.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.SUPERUSER);
        environment.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", TEST_KEYS.resolve("signing-key.jwk.json").toString());
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TEST_KEYS.resolve("verification-keys.jwks.json").toString());
        environment.put("GONGHUI_PRIVACY_KEYS_LOCATION", TEST_KEYS.resolve("privacy-keys.json").toString());
        return environment;
    }
}
