package cn.gonghui.platform.text;

import java.util.Optional;

/**
 * The one rule every text a caller sends is held to, wherever it arrives (JSON body, form,
 * query, path): no control characters, which PostgreSQL refuses (NUL) or which hide in logs and
 * screens, and no lone UTF-16 surrogate, which the database would silently store as "?". A text
 * that may run over several lines keeps its line breaks and tabs.
 */
public final class TextRule {

    /** The field code of a text holding a control character. */
    public static final String CONTROL_CHARACTER = "CONTROL_CHARACTER";
    /** The field code of a text that is not valid Unicode (a lone surrogate). */
    public static final String INVALID_UNICODE = "INVALID_UNICODE";
    /**
     * What the rule lets through, as the contract's pattern (ECMA-262, for every text that has no
     * narrower pattern, format or enum): no control character but tab and line breaks. Texts on one
     * line refuse those too, and lone surrogates cannot be told in a pattern: both refused all the
     * same. TextRuleTest holds the pattern and the rule to each other.
     */
    public static final String CONTRACT_PATTERN = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";

    private TextRule() {
    }

    /** Why {@code text} is refused, as a field code; empty when it is fine. */
    public static Optional<String> violation(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(INVALID_UNICODE);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(INVALID_UNICODE);
            }
            if (isControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of(CONTROL_CHARACTER);
            }
        }
        return Optional.empty();
    }

    /** C0 and C1 controls and DEL; format characters such as the zero-width joiner stay allowed. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
