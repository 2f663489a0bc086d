package cn.gonghui.platform.paging;

import java.util.function.BiFunction;

/**
 * One column (or expression) a keyset list is ordered by, and how its value is read back from a
 * cursor. Reading through the typed accessors of {@link Cursor} is what turns a cursor a client
 * altered into a 400 {@code INVALID_CURSOR} rather than a wrong page or a 500.
 */
public record SortKey(String expression, BiFunction<Cursor, Integer, Object> reader) {

    public static SortKey uuid(String expression) {
        return new SortKey(expression, Cursor::uuid);
    }

    public static SortKey text(String expression) {
        return new SortKey(expression, Cursor::text);
    }

    /** An {@code int} column: the parameter must be an Integer for the query to bind it. */
    public static SortKey integer(String expression) {
        return new SortKey(expression, Cursor::smallInteger);
    }

    public static SortKey number(String expression) {
        return new SortKey(expression, Cursor::number);
    }

    public static SortKey instant(String expression) {
        return new SortKey(expression, Cursor::instant);
    }

    Object read(Cursor cursor, int index) {
        return reader.apply(cursor, index);
    }
}
