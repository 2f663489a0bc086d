package cn.gonghui;

import cn.gonghui.platform.http.RequestShape;
import cn.gonghui.platform.local.LocalDefaults;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of dev mode and the packaged jar. Before Quarkus reads its configuration, a run
 * without an external database gets the embedded PostgreSQL and local signing keys
 * ({@link LocalDefaults}); tests never come through here, they get a throw-away database.
 */
@QuarkusMain
public final class GonghuiMain {

    private GonghuiMain() {
    }

    public static void main(String... args) {
        LocalDefaults.applyUnlessConfigured(System.getenv(), System.getProperties());
        RequestShape.takeOverUriValidation(System.getProperties());
        Quarkus.run(args);
    }
}
