package cn.gonghui.privacy.logging;

import cn.gonghui.privacy.Masking;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never reach a log line in clear: resident ID numbers, phone and bank card numbers,
 * tokens and secrets. Values are masked the way screens mask them, so a line stays readable.
 */
public final class Redaction {

    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9])");
    private static final Pattern CARD_NUMBER = Pattern.compile("(?<![0-9])\\d{16,19}(?![0-9])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])(?:\\+?86)?1[3-9]\\d{9}(?![0-9])");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer|basic)\\s+[A-Za-z0-9._~+/=-]+");
    /**
     * A parameter whose name ends with one of these words (client_secret, js_code, accessToken…): the
     * match starts at the word and the name's beginning stays as it was. Written without a leading
     * {@code \w*}, which made the engine rescan every word of every line it tried (a tenth of a read's
     * CPU in the access log).
     */
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)((?:password|secret|code|token|id_?number|phone)=)[^&\\s\"']+");
    private static final Pattern SECRET_JSON = Pattern.compile(
            "(?i)(\"(?:password|secret|clientSecret|client_secret|code|refreshToken|accessToken|access_token|"
                    + "refresh_token|idNumber|phone|cardNumber)\"\\s*:\\s*\")[^\"]*(\")");

    /** How every name {@link #SECRET_PARAMETER} matches ends, with its '=' (lower case). */
    private static final List<String> SECRET_PARAMETER_ENDINGS = List.of("password=", "secret=", "code=", "token=",
            "number=", "phone=");

    private Redaction() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // every log line passes here (one access line per request, with a quote and "req=" in each): a
        // pattern runs only where the line has the words or digits it needs to match, e.g. "bearer", a
        // key its parameter names end with, a run of 11 digits for a phone number
        String lower = text.toLowerCase(Locale.ROOT);
        String redacted = text.contains("eyJ") ? JWT.matcher(text).replaceAll("[token]") : text;
        if (lower.contains("bearer") || lower.contains("basic")) {
            redacted = BEARER.matcher(redacted).replaceAll("$1 [redacted]");
        }
        if (hasJsonKey(redacted)) {
            redacted = SECRET_JSON.matcher(redacted).replaceAll("$1[redacted]$2");
        }
        if (SECRET_PARAMETER_ENDINGS.stream().anyMatch(lower::contains)) {
            redacted = SECRET_PARAMETER.matcher(redacted).replaceAll("$1[redacted]");
        }
        int digits = longestDigitRun(redacted);
        if (digits >= 17) {
            redacted = replace(ID_NUMBER, redacted, Masking::idNumber);
        }
        if (digits >= 16) {
            redacted = replace(CARD_NUMBER, redacted, Masking::cardNumber);
        }
        return digits >= 11 ? replace(PHONE, redacted, phone -> Masking.phone(phone.substring(phone.length() - 11)))
                : redacted;
    }

    /** A quote followed by a colon, spaces between allowed: where a JSON key could be. */
    private static boolean hasJsonKey(String text) {
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', quote + 1)) {
            int next = quote + 1;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < text.length() && text.charAt(next) == ':') {
                return true;
            }
        }
        return false;
    }

    private static int longestDigitRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static String replace(Pattern pattern, String text, Function<String, String> mask) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(mask.apply(matcher.group())));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
