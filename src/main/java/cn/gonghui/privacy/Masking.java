package cn.gonghui.privacy;

/**
 * How personal data looks on every screen but the owner's own and the audited view:
 * {@code 110105********1234}, {@code 138****5678}, {@code 张*} / {@code 欧阳**} / {@code 阿*·买买提}.
 */
public final class Masking {

    /** Chinese compound surnames that keep two characters visible. */
    private static final java.util.Set<String> COMPOUND_SURNAMES = java.util.Set.of("欧阳", "司马", "上官", "诸葛",
            "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门");

    /** Between the parts of an ethnic minority name; other dots are stored as this one. */
    private static final char MIDDLE_DOT = '\u00b7';

    private Masking() {
    }

    public static String idNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        if (idNumber.length() < 10) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /**
     * The surname (or a minority name's first letter) stays, the rest is hidden: {@code 张*},
     * {@code 欧阳**}, {@code 阿*·买买提}. Counted in characters, so a rare character outside the
     * basic plane is one character, never half of one.
     */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int[] characters = name.codePoints().toArray();
        int dot = name.indexOf(MIDDLE_DOT);
        if (dot > 0) {
            return new String(characters, 0, 1) + "*" + name.substring(dot);
        }
        int visible = characters.length > 2 && COMPOUND_SURNAMES.contains(new String(characters, 0, 2)) ? 2 : 1;
        return new String(characters, 0, visible) + "*".repeat(Math.max(1, characters.length - visible));
    }

    /** The last four digits of a bank card, the rest hidden. */
    public static String cardNumber(String cardNumber) {
        if (cardNumber == null) {
            return null;
        }
        return cardNumber.length() <= 4 ? "*".repeat(cardNumber.length())
                : "*".repeat(cardNumber.length() - 4) + cardNumber.substring(cardNumber.length() - 4);
    }

    /** A card as people see it when only its last four digits are kept: {@code **** **** **** 1234}. */
    public static String cardEndingIn(String lastFour) {
        return lastFour == null ? null : "**** **** **** " + lastFour;
    }

    /** Free text such as a hospital's name: its first character stays, the rest hidden ({@code 北*******}). */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        int[] characters = text.codePoints().toArray();
        return new String(characters, 0, 1) + "*".repeat(Math.max(1, characters.length - 1));
    }

    /** A day of someone's life (a hospital stay): the month stays, the day hidden ({@code 2027-06-**}). */
    public static String day(java.time.LocalDate day) {
        return day == null ? null : day.toString().substring(0, 8) + "**";
    }

    /** A sum of someone's money: hidden whole, even its size ({@code ****.**}). */
    public static String amount(Object amount) {
        return amount == null ? null : "****.**";
    }
}
