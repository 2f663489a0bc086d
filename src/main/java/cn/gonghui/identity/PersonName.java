package cn.gonghui.identity;

import cn.gonghui.platform.error.ApiProblem;

/**
 * A person's real name as Chinese people write it: Han characters of every block Unicode has,
 * the rare ones of the extensions included (GB 18030-2022 makes them mandatory for systems that
 * hold names), Latin letters and spaces, and the middle dot between the parts of an ethnic
 * minority name ({@code 阿卜杜拉·买买提}). The dot's look-alikes that phones and input methods
 * type become U+00B7, so one person has one spelling to store, search and mask. Lengths count
 * characters (code points), not UTF-16 units: {@code 𠀀} is one character.
 */
public record PersonName(String text) {

    public static final char MIDDLE_DOT = '\u00b7';
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 30;

    /** The dot's look-alikes: Greek ano teleia, bullet, hyphenation point, operators, katakana and full-width dots. */
    private static final String DOT_LOOK_ALIKES = "\u0387\u2022\u2027\u2219\u22c5\u30fb\uff0e\uff65";

    /**
     * Code points of the Han script, by block, written out rather than taken from the JDK's
     * Unicode tables, which on Java 17 predate extensions H and I.
     */
    private static final int[][] HAN = {
            {0x3007, 0x3007},   // 〇, written in names
            {0x3400, 0x4DBF},   // extension A
            {0x4E00, 0x9FFF},   // unified ideographs
            {0xF900, 0xFAFF},   // compatibility ideographs
            {0x20000, 0x2A6DF}, // extension B
            {0x2A700, 0x2EE5F}, // extensions C, D, E, F and I
            {0x2F800, 0x2FA1F}, // compatibility supplement
            {0x30000, 0x323AF}, // extensions G and H
    };

    /** The name of {@code field} in a request: normalised, or that field's 400. */
    public static PersonName ofField(String field, String text) {
        String normalised = normalise(text);
        String defect = defectOf(normalised);
        if (defect != null) {
            throw ApiProblem.invalidField(field, defect);
        }
        return new PersonName(normalised);
    }

    /**
     * One spelling for a name: look-alike dots made U+00B7, no space around a dot, spaces folded.
     * Also applied to search text, so a search typed with another dot still finds the name.
     */
    public static String normalise(String text) {
        StringBuilder name = new StringBuilder(text.length());
        text.strip().codePoints()
                .map(c -> DOT_LOOK_ALIKES.indexOf(c) >= 0 ? MIDDLE_DOT : Character.isWhitespace(c) ? ' ' : c)
                .forEach(name::appendCodePoint);
        return name.toString().replaceAll(" +", " ").replaceAll(" ?\u00b7 ?", "\u00b7");
    }

    private static String defectOf(String name) {
        int length = name.codePointCount(0, name.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return "NAME_LENGTH";
        }
        if (name.charAt(0) == MIDDLE_DOT || name.charAt(name.length() - 1) == MIDDLE_DOT || name.contains("\u00b7\u00b7")) {
            return "NAME_DOT_PLACEMENT";
        }
        boolean allowed = name.codePoints().allMatch(c -> isHan(c) || c == MIDDLE_DOT || c == ' '
                || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
        return allowed ? null : "NAME_CHARACTERS";
    }

    static boolean isHan(int codePoint) {
        for (int[] block : HAN) {
            if (codePoint >= block[0] && codePoint <= block[1]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
