package cn.gonghui.platform.money;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Money as clients write it (API.md): a decimal string in yuan with at most two places, never a
 * float; read as an amount of exactly two places ({@code "8600"} is 8600.00).
 */
public final class Money {

    /** The written form, for contracts and schemas. */
    public static final String PATTERN = "^\\d{1,12}(\\.\\d{1,2})?$";
    private static final Pattern WRITTEN = Pattern.compile(PATTERN);

    private Money() {
    }

    /** The amount of a JSON value, or empty when it is not money as written above. */
    public static Optional<BigDecimal> of(JsonNode value) {
        return value != null && value.isTextual() ? parse(value.asText()) : Optional.empty();
    }

    public static Optional<BigDecimal> parse(String text) {
        return text != null && WRITTEN.matcher(text).matches()
                ? Optional.of(new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY)) : Optional.empty();
    }
}
