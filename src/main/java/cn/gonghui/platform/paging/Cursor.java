package cn.gonghui.platform.paging;

import cn.gonghui.platform.error.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The position of a keyset page: the sort key of the last row shown, opaque to clients. It is a
 * list of strings joined by a unit separator and base64url-encoded; a cursor a client altered or
 * took from another list fails to decode or fails {@link #uuid}/{@link #number} and is a 400,
 * never a wrong page or a 500.
 */
public final class Cursor {

    public static final int MAX_LENGTH = 512;
    private static final char SEPARATOR = '\u001f';

    private final List<String> values;

    private Cursor(List<String> values) {
        this.values = List.copyOf(values);
    }

    public static Cursor of(Object... values) {
        List<String> parts = new ArrayList<>(values.length);
        for (Object value : values) {
            parts.add(String.valueOf(value));
        }
        return new Cursor(parts);
    }

    static Cursor decode(String encoded) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            return new Cursor(List.of(text.split(String.valueOf(SEPARATOR), -1)));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public String encode() {
        String text = String.join(String.valueOf(SEPARATOR), values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public int size() {
        return values.size();
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(value(index));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public double number(int index) {
        try {
            return Double.parseDouble(value(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public long integer(int index) {
        try {
            return Long.parseLong(value(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** An {@code int} key: a value out of its range was not written by us. */
    public int smallInteger(int index) {
        long value = integer(index);
        if (value != (int) value) {
            throw invalid();
        }
        return (int) value;
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(value(index));
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public String text(int index) {
        return value(index);
    }

    /** Fails unless the cursor holds exactly {@code count} values: a cursor of another list. */
    public Cursor expect(int count) {
        if (values.size() != count) {
            throw invalid();
        }
        return this;
    }

    private String value(int index) {
        if (index >= values.size()) {
            throw invalid();
        }
        return values.get(index);
    }

    private static ApiProblem invalid() {
        return ApiProblem.badRequest("INVALID_CURSOR");
    }
}
