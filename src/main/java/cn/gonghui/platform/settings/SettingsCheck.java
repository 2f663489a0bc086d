package cn.gonghui.platform.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a deployment must set, checked before anything starts (no database, no Flyway, no
 * Quarkus): every missing or malformed setting is found at once and named by the environment
 * variable an operator sets, one plain line each. The services keep their own checks at start-up
 * as a second line (e.g. WeChatGuard, TokenKeyLocations); this one exists so that an operator
 * reads three lines instead of a stack trace, and fixes everything in one go.
 */
public final class SettingsCheck {

    static final String WECHAT_APP_ID = "gonghui.wechat.app-id";
    static final String WECHAT_SECRET = "gonghui.wechat.secret";
    static final String WECHAT_FAKE = "gonghui.wechat.fake.enabled";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    /** Asks for the embedded PostgreSQL outside the dev profile, on purpose (a demo, a benchmark). */
    public static final String EMBEDDED_DATABASE = "gonghui.embedded-db";
    static final List<String> KEY_LOCATIONS = List.of("smallrye.jwt.sign.key.location",
            "mp.jwt.verify.publickey.location", "gonghui.privacy.keys-location");
    static final List<String> DURATIONS = List.of("gonghui.tokens.access-lifetime", "gonghui.tokens.refresh-lifetime",
            "gonghui.login.lock-duration", "gonghui.wechat.connect-timeout", "gonghui.wechat.read-timeout",
            "gonghui.privacy.rights.export-interval", "gonghui.privacy.rights.deletion-period",
            "gonghui.card.qr-lifetime", "gonghui.idempotency.retention", "gonghui.notification.first-retry");
    static final List<String> COUNTS = List.of("gonghui.login.max-failures", "gonghui.notification.max-attempts",
            "gonghui.hardship.file-validity-months", "gonghui.hardship.recheck-reminder-days",
            "quarkus.datasource.jdbc.max-size");
    static final List<String> AMOUNTS = List.of("gonghui.legal-aid.amount-threshold",
            "gonghui.hardship.living-subsidy-monthly", "gonghui.mutual-aid.approval-threshold",
            "gonghui.mutual-aid.auto-pay-limit");
    static final String MINIMUM_WAGE = "gonghui.legal-aid.minimum-wage";

    private static final Pattern SHORT_DURATION = Pattern.compile("\\d+(\\.\\d+)?(ms|s|m|h|d)?");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
    private static final Pattern WAGE_ENTRY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}):(\\d{1,12}(\\.\\d{1,2})?)");

    private SettingsCheck() {
    }

    /** One line per setting that stops the start, in the order an operator would fix them. */
    public static List<String> problems(StartupSettings settings) {
        List<String> problems = new ArrayList<>();
        checkWeChat(settings, problems);
        checkDatabase(settings, problems);
        checkKeys(settings, problems);
        checkPort(settings, problems);
        for (String duration : DURATIONS) {
            settings.get(duration).filter(value -> !isDuration(value)).ifPresent(value -> problems.add(
                    malformed(duration, value, "a duration such as PT15M, P30D or 10s")));
        }
        for (String count : COUNTS) {
            settings.get(count).filter(value -> !isPositiveInt(value)).ifPresent(value -> problems.add(
                    malformed(count, value, "a whole number above 0")));
        }
        for (String amount : AMOUNTS) {
            settings.get(amount).filter(value -> !AMOUNT.matcher(value).matches()).ifPresent(value -> problems.add(
                    malformed(amount, value, "an amount in yuan such as 1000.00")));
        }
        settings.get(MINIMUM_WAGE).filter(value -> !isWageSchedule(value)).ifPresent(value -> problems.add(
                malformed(MINIMUM_WAGE, value, "day:amount entries, oldest first, such as 2025-09-01:2540.00")));
        return problems;
    }

    private static void checkWeChat(StartupSettings settings, List<String> problems) {
        boolean devOrTest = settings.profileActive("dev") || settings.profileActive("test");
        boolean fake = settings.get(WECHAT_FAKE).map(Boolean::parseBoolean).orElse(devOrTest);
        if (fake && !devOrTest) {
            problems.add(name(WECHAT_FAKE) + " is true: the fake WeChat exists in the dev and test profiles only "
                    + "(active: " + String.join(",", settings.profiles()) + ")");
        } else if (!fake) {
            requireSet(settings, WECHAT_APP_ID, "the mini-program's AppID", problems);
            requireSet(settings, WECHAT_SECRET, "the mini-program's AppSecret", problems);
        }
    }

    /**
     * Production runs on the database it is given. Without a URL from any source it would start an
     * empty embedded one of its own, and a replica whose ConfigMap lost the URL would serve nothing
     * anyone wrote; so outside the dev and test profiles that takes {@code GONGHUI_EMBEDDED_DB=true}.
     */
    private static void checkDatabase(StartupSettings settings, List<String> problems) {
        boolean devOrTest = settings.profileActive("dev") || settings.profileActive("test");
        boolean embeddedAskedFor = settings.get(EMBEDDED_DATABASE).map(Boolean::parseBoolean).orElse(false);
        if (!devOrTest && !embeddedAskedFor && settings.get(JDBC_URL).isEmpty()) {
            problems.add(name(JDBC_URL) + " is not set: the PostgreSQL to run on (jdbc:postgresql://host:5432/gonghui); "
                    + "set " + name(EMBEDDED_DATABASE) + "=true to run the embedded one on purpose");
        }
    }

    /** With an external database nothing is generated locally: the keys must be given, and exist. */
    private static void checkKeys(StartupSettings settings, List<String> problems) {
        boolean external = settings.get(JDBC_URL).isPresent();
        for (String key : KEY_LOCATIONS) {
            Optional<String> location = settings.get(key);
            if (location.isEmpty() && external) {
                problems.add(name(key) + " is not set: with " + name(JDBC_URL) + " set, no key is generated locally");
            }
            location.flatMap(SettingsCheck::missingFile).ifPresent(file ->
                    problems.add(name(key) + " names " + file + ", which does not exist"));
        }
    }

    private static void checkPort(StartupSettings settings, List<String> problems) {
        Optional<String> port = settings.get("quarkus.http.port").or(() -> settings.get("port"));
        port.filter(value -> !isPositiveInt(value) || Integer.parseInt(value) > 65535).ifPresent(value ->
                problems.add(malformed(settings.get("quarkus.http.port").isPresent() ? "quarkus.http.port" : "port",
                        value, "a port number from 1 to 65535")));
    }

    private static void requireSet(StartupSettings settings, String property, String what, List<String> problems) {
        if (settings.get(property).isEmpty()) {
            problems.add(name(property) + " is not set: " + what + ", required outside the dev profile");
        }
    }

    /** A plain file path that is not there; classpath resources and URLs are left to the libraries. */
    private static Optional<String> missingFile(String location) {
        if (location.startsWith("classpath:") || location.matches("^(https?|jar):.*")) {
            return Optional.empty();
        }
        try {
            Path file = location.startsWith("file:") ? Path.of(java.net.URI.create(location)) : Path.of(location);
            return Files.exists(file) ? Optional.empty() : Optional.of(file.toAbsolutePath().toString());
        } catch (IllegalArgumentException e) { // also an invalid path
            return Optional.of(location);
        }
    }

    private static String malformed(String property, String value, String expected) {
        return name(property) + " is \"" + value + "\": expected " + expected;
    }

    private static String name(String property) {
        return StartupSettings.environmentName(property);
    }

    static boolean isDuration(String value) {
        if (SHORT_DURATION.matcher(value).matches()) {
            return true;
        }
        try {
            Duration.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isPositiveInt(String value) {
        try {
            return Integer.parseInt(value) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isWageSchedule(String value) {
        LocalDate previous = null;
        for (String entry : value.split(",")) {
            var matcher = WAGE_ENTRY.matcher(entry.strip());
            if (!matcher.matches()) {
                return false;
            }
            try {
                LocalDate day = LocalDate.parse(matcher.group(1));
                if (previous != null && !day.isAfter(previous)) {
                    return false;
                }
                previous = day;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return true;
    }
}
