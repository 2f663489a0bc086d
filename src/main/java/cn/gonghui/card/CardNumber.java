package cn.gonghui.card;

import cn.gonghui.privacy.Masking;
import java.util.Optional;
import java.util.regex.Pattern;

/** A bank card number: 16 to 19 digits whose last one is the Luhn check digit (ISO/IEC 7812). */
public record CardNumber(String digits) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{16,19}");

    /** The number, or empty when it is not a well-formed card number. */
    public static Optional<CardNumber> parse(String text) {
        if (text == null || !DIGITS.matcher(text).matches() || !luhn(text)) {
            return Optional.empty();
        }
        return Optional.of(new CardNumber(text));
    }

    public String lastFour() {
        return digits.substring(digits.length() - 4);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        // never the whole number in a log line or an exception
        return Masking.cardEndingIn(lastFour());
    }
}
