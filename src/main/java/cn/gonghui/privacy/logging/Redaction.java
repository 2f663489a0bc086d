package cn.gonghui.privacy.logging;

import cn.gonghui.privacy.Masking;
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
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)((?:password|secret|client_secret|js_code|code|\\w*token|id_?number|phone)=)[^&\\s\"']+");
    private static final Pattern SECRET_JSON = Pattern.compile(
            "(?i)(\"(?:password|secret|clientSecret|client_secret|code|refreshToken|accessToken|access_token|"
                    + "refresh_token|idNumber|phone|cardNumber)\"\\s*:\\s*\")[^\"]*(\")");

    private Redaction() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // every log line passes here (one access line per request): a pattern runs only where the line
        // has what it needs to match, e.g. a run of 11 digits for a phone number
        String redacted = text.contains("eyJ") ? JWT.matcher(text).replaceAll("[token]") : text;
        redacted = BEARER.matcher(redacted).replaceAll("$1 [redacted]");
        if (redacted.indexOf('"') >= 0) {
            redacted = SECRET_JSON.matcher(redacted).replaceAll("$1[redacted]$2");
        }
        if (redacted.indexOf('=') >= 0) {
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
