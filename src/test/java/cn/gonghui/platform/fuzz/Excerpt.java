package cn.gonghui.platform.fuzz;

/** Text cut to a length with its control characters shown as escapes, so a report stays one readable line. */
final class Excerpt {

    private Excerpt() {
    }

    static String of(String text, int length) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder excerpt = new StringBuilder();
        for (int i = 0; i < text.length() && excerpt.length() < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validPairAt(text, i)) {
                excerpt.append(String.format("\\u%04x", (int) c));
            } else {
                excerpt.append(c);
            }
        }
        if (text.length() > excerpt.length()) {
            excerpt.append("…(").append(text.length()).append(" chars)");
        }
        return excerpt.toString();
    }

    private static boolean validPairAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
