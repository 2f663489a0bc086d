package cn.gonghui.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Messages for people, in Chinese unless the caller asks for English with {@code Accept-Language}.
 * Bundles live in {@code i18n/messages*.properties}; the Chinese one is the base bundle.
 */
@ApplicationScoped
public class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /**
     * The bundles, searched in order: the platform's and the first lines', then one per later line
     * family, so each keeps its texts beside its code. A bundle not there yet is skipped.
     */
    private static final List<String> BUNDLES = List.of("i18n.messages", "i18n.legal-aid", "i18n.hardship", "i18n.card",
            "i18n.activity", "i18n.integration", "i18n.mutual-aid");
    private static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
    // Without this, a JVM whose default locale is English would answer Chinese callers in English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Picks Chinese or English from an {@code Accept-Language} header; Chinese when absent or unknown. */
    public Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() == 0) {
                    continue;
                }
                String language = range.getRange().split("-")[0];
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equalsIgnoreCase(language)) {
                        return supported;
                    }
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            return CHINESE;
        }
        return CHINESE;
    }

    public String get(Locale locale, String key, Object... arguments) {
        return find(locale, key, arguments).orElse(key);
    }

    public Optional<String> find(Locale locale, String key, Object... arguments) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, supportedOrChinese(locale), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    // Always through MessageFormat, so every pattern follows one quoting rule ('' for an apostrophe).
                    return Optional.of(new MessageFormat(bundle.getString(key), locale).format(arguments));
                }
            } catch (MissingResourceException bundleNotThereYet) {
                // the next one
            }
        }
        return Optional.empty();
    }

    /** The bundles, for the test that holds every Chinese text to its English one. */
    public static List<String> bundles() {
        return BUNDLES;
    }

    private static Locale supportedOrChinese(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }
}
