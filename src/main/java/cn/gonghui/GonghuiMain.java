package cn.gonghui;

import cn.gonghui.platform.http.RequestShape;
import cn.gonghui.launcher.LocalDefaults;
import cn.gonghui.platform.settings.SettingsCheck;
import cn.gonghui.platform.settings.StartupSettings;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of dev mode and the packaged jar. The settings a deployment must give are checked
 * first ({@link SettingsCheck}): a run missing any stops at once, naming every one, before a
 * database starts. Then, before Quarkus reads its configuration, a run without an external
 * database gets the embedded PostgreSQL and local signing keys ({@link LocalDefaults}); tests never
 * come through here, they get a throw-away database.
 */
@QuarkusMain
public final class GonghuiMain {

    GonghuiMain() {
    }

    public static void main(String... args) {
        boolean devMode = inDevMode();
        StartupSettings settings = StartupSettings.of(System.getenv(), System.getProperties(), Path.of(""),
                devMode ? LaunchMode.DEVELOPMENT.getDefaultProfile() : LaunchMode.NORMAL.getDefaultProfile());
        List<String> problems = SettingsCheck.problems(settings);
        if (!problems.isEmpty()) {
            report(problems, settings, System.err);
            if (!devMode) {
                System.exit(1);
            }
            // dev mode: its own page shows the failure, and a fixed setting is picked up on reload
            throw new IllegalStateException("Gonghui cannot start: " + String.join("; ", problems));
        }
        LocalDefaults.applyUnlessConfigured(settings, System.getenv(), System.getProperties());
        RequestShape.takeOverUriValidation(System.getProperties());
        Quarkus.run(args);
    }

    /**
     * Dev mode calls main before Quarkus has set its launch mode ({@link LaunchMode#current()} still
     * says NORMAL here), so the dev mode's own class loader is what tells it.
     */
    static boolean inDevMode() {
        if (LaunchMode.current().isDev()) {
            return true;
        }
        ClassLoader loader = GonghuiMain.class.getClassLoader();
        return loader != null && (loader.getName() + " " + loader).contains("Runtime ClassLoader: DEV");
    }

    static void report(List<String> problems, StartupSettings settings, PrintStream out) {
        out.println("Gonghui cannot start (profile " + String.join(",", settings.profiles()) + "): "
                + (problems.size() == 1 ? "one setting needs" : problems.size() + " settings need") + " attention.");
        for (String problem : problems) {
            out.println("  - " + problem);
        }
        out.println("Set them as environment variables (README.md, Configuration) and start again.");
        out.flush();
    }
}
