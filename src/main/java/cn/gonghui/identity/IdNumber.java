package cn.gonghui.identity;

import cn.gonghui.platform.error.ApiProblem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * A resident identity number (居民身份证号码) as GB 11643 defines it: a 6-digit area code, the
 * birth date YYYYMMDD, a 3-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check character.
 * Only a number that passes every check exists as an {@code IdNumber}; a lowercase {@code x} is
 * read as {@code X}. The 15-digit numbers of before 1999 are refused: a member is asked for the
 * current one.
 */
public final class IdNumber {

    /** Why a text is not an ID number; clients show the matching message. */
    public enum Defect { FORMAT, LEGACY_15_DIGITS, AREA, BIRTH_DATE, CHECKSUM }

    /** Thrown by {@link #parse} with the first defect found. */
    public static final class Invalid extends RuntimeException {

        private final Defect defect;

        Invalid(Defect defect) {
            super("Not a resident ID number: " + defect, null, false, false);
            this.defect = defect;
        }

        public Defect defect() {
            return defect;
        }
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Provinces, autonomous regions, municipalities; 71 Taiwan, 81 Hong Kong, 82 Macao. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** Reads an ID number; {@code today} bounds the birth date. */
    public static IdNumber parse(String text, LocalDate today) {
        if (text == null) {
            throw new Invalid(Defect.FORMAT);
        }
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        if (candidate.matches("\\d{15}")) {
            throw new Invalid(Defect.LEGACY_15_DIGITS);
        }
        if (!candidate.matches("\\d{17}[\\dX]")) {
            throw new Invalid(Defect.FORMAT);
        }
        if (!PROVINCES.contains(candidate.substring(0, 2)) || candidate.substring(2, 6).equals("0000")) {
            throw new Invalid(Defect.AREA);
        }
        LocalDate birthDate = birthDateOf(candidate);
        if (birthDate == null || birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(today)) {
            throw new Invalid(Defect.BIRTH_DATE);
        }
        if (candidate.charAt(17) != checkCharacter(candidate)) {
            throw new Invalid(Defect.CHECKSUM);
        }
        return new IdNumber(candidate);
    }

    /** Reads the ID number a request carries in {@code field}; a defect is that field's 400. */
    public static IdNumber ofField(String field, String text, LocalDate today) {
        try {
            return parse(text, today);
        } catch (Invalid invalid) {
            throw ApiProblem.invalidField(field, "ID_NUMBER_" + invalid.defect().name());
        }
    }

    /** The check character of the first 17 digits. */
    static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    private static LocalDate birthDateOf(String number) {
        try {
            return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so that an ID number never reaches a log line by accident. */
    @Override
    public String toString() {
        return cn.gonghui.privacy.Masking.idNumber(value);
    }
}
