package cn.gonghui.platform.paging;

import cn.gonghui.platform.database.ListParameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A list query paged by keyset: filters with named parameters, an order on sort keys whose last
 * one is unique (usually the id), the cursor's "after this row" condition, and one row fetched
 * beyond the page, which only tells that there is a next page. Every list reads its cursor here,
 * so a cursor of the wrong shape or type is the same 400 {@code INVALID_CURSOR} everywhere.
 *
 * <p>JPQL queries get the position as {@code (a > :x or (a = :x and b > :y))}, which any database
 * runs; native queries are PostgreSQL's and get the row comparison {@code (a, b) > (:x, :y)},
 * which it serves from one index range.
 */
public final class KeysetQuery<R> {

    /** Which way the list runs; all its sort keys run the same way. */
    public enum Direction {
        ASCENDING, DESCENDING
    }

    private enum Language {
        JPQL, SQL
    }

    private final Language language;
    private final String select;
    private final Class<R> rowType;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private List<SortKey> keys = List.of();
    private Direction direction = Direction.ASCENDING;
    private Optional<Cursor> after = Optional.empty();
    private Integer limit;

    private KeysetQuery(Language language, String select, Class<R> rowType) {
        this.language = language;
        this.select = select;
        this.rowType = rowType;
    }

    /** A JPQL query: {@code select ... from ... join ...}, without where or order by. */
    public static <R> KeysetQuery<R> jpql(String select, Class<R> rowType) {
        return new KeysetQuery<>(Language.JPQL, select, rowType);
    }

    /** A native query; {@code Object[].class} for rows of several columns. */
    public static <R> KeysetQuery<R> sql(String select, Class<R> rowType) {
        return new KeysetQuery<>(Language.SQL, select, rowType);
    }

    /** A condition every row must meet. */
    public KeysetQuery<R> where(String condition) {
        conditions.add(condition);
        return this;
    }

    public KeysetQuery<R> where(String condition, String parameter, Object value) {
        parameters.put(parameter, value);
        return where(condition);
    }

    /** A condition that names its own parameters as it is written, e.g. a caller's data scope. */
    public KeysetQuery<R> where(Function<Map<String, Object>, String> conditionAddingParameters) {
        return where(conditionAddingParameters.apply(parameters));
    }

    /** {@code expression = :parameter}, or no condition at all when the filter is not given. */
    public KeysetQuery<R> whereEqual(String expression, String parameter, Object value) {
        return value == null ? this : where(expression + " = :" + parameter, parameter, value);
    }

    /** A parameter the select or a sort key uses, e.g. the point distances are measured from. */
    public KeysetQuery<R> with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    public KeysetQuery<R> orderBy(Direction direction, SortKey... keys) {
        this.direction = direction;
        this.keys = List.of(keys);
        return this;
    }

    /** Starts after the page's cursor and fetches one row more than its limit. */
    public KeysetQuery<R> page(PageParams page) {
        return page(page.after(), page.limit());
    }

    public KeysetQuery<R> page(Optional<Cursor> after, int limit) {
        this.after = after;
        this.limit = limit;
        return this;
    }

    /** The rows, at most one more than the page's limit; every row when no page was given. */
    @SuppressWarnings("unchecked")
    public List<R> fetch(EntityManager entityManager) {
        String text = text();
        Query query;
        if (language == Language.JPQL) {
            query = ListParameters.spread(text, parameters).query(entityManager, rowType);
        } else {
            query = rowType == Object[].class ? entityManager.createNativeQuery(text)
                    : entityManager.createNativeQuery(text, rowType);
            parameters.forEach(query::setParameter);
        }
        if (limit != null) {
            query.setMaxResults(limit + 1);
        }
        return query.getResultList();
    }

    /** The page of rows {@link #fetch} returned, its next cursor the key of its last row. */
    public <T> Page<T> toPage(List<R> fetched, Function<R, Cursor> keyOf, Function<R, T> view) {
        if (limit == null) {
            throw new IllegalStateException("No page was asked for");
        }
        return Page.of(fetched, limit, keyOf, view);
    }

    public <T> Page<T> fetchPage(EntityManager entityManager, Function<R, Cursor> keyOf, Function<R, T> view) {
        return toPage(fetch(entityManager), keyOf, view);
    }

    /** The query text; reading the cursor here is what rejects one of the wrong shape. */
    String text() {
        List<String> all = new ArrayList<>(conditions);
        after.ifPresent(cursor -> all.add(position(cursor.expect(keys.size()))));
        String where = all.isEmpty() ? "" : " where " + String.join(" and ", all);
        String descending = direction == Direction.DESCENDING ? " desc" : "";
        return select + where + " order by "
                + keys.stream().map(key -> key.expression() + descending).collect(Collectors.joining(", "));
    }

    Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    private String position(Cursor cursor) {
        String[] names = new String[keys.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = "after" + i;
            parameters.put(names[i], keys.get(i).read(cursor, i));
        }
        String beyond = direction == Direction.ASCENDING ? " > " : " < ";
        if (language == Language.SQL && names.length > 1) {
            return "(" + keys.stream().map(SortKey::expression).collect(Collectors.joining(", ")) + ")" + beyond
                    + Arrays.stream(names).map(name -> ":" + name).collect(Collectors.joining(", ", "(", ")"));
        }
        return expanded(0, names, beyond);
    }

    /** {@code (a > :x or (a = :x and <the rest>))}: beyond on this key, or equal on it and beyond on the next. */
    private String expanded(int index, String[] names, String beyond) {
        String key = keys.get(index).expression();
        String past = key + beyond + ":" + names[index];
        if (index == names.length - 1) {
            return past;
        }
        return "(" + past + " or (" + key + " = :" + names[index] + " and " + expanded(index + 1, names, beyond) + "))";
    }
}
