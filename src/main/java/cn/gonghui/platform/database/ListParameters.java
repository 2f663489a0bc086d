package cn.gonghui.platform.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the list of an {@code in} predicate of a JPQL query ({@code a.streetId in :streets}) as
 * single parameters: {@code a.streetId = :streets_0} for one value, {@code a.streetId in
 * (:streets_0, :streets_1)} for more.
 *
 * <p>Why: Hibernate keeps a query's translation from HQL to SQL only when no parameter may stand for
 * a list, which a lone parameter in an {@code in} predicate may, and translates again on every run
 * otherwise; on the read of a page (a data scope, a status filter, the members of the page) that
 * translation was the largest single cost of the request. A list of several values is rounded up to
 * a power of two by repeating its last value, so each query has a handful of texts to keep, not one
 * per length. Empty lists, lists longer than {@value #MOST_SPREAD} and parameters used other than
 * as the list of an {@code in} stay as they were.
 */
public final class ListParameters {

    static final int MOST_SPREAD = 128;

    /** The query text and its parameters with every list spread into single ones. */
    public record Spread(String text, Map<String, Object> parameters) {

        public <R> TypedQuery<R> query(EntityManager entityManager, Class<R> rowType) {
            TypedQuery<R> query = entityManager.createQuery(text, rowType);
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private ListParameters() {
    }

    /**
     * The condition {@code path in :name} for these values, written with single parameters, which are
     * put into {@code parameters}: for the conditions a scope adds to many queries (an officer's streets).
     */
    public static String in(String path, String name, Collection<?> values, Map<String, Object> parameters) {
        Spread spread = spread(path + " in :" + name, Map.of(name, values));
        parameters.putAll(spread.parameters());
        return spread.text();
    }

    public static Spread spread(String text, Map<String, ?> parameters) {
        String spreadText = text;
        Map<String, Object> spreadParameters = new LinkedHashMap<>();
        for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            List<?> values = parameter.getValue() instanceof Collection<?> list && !list.isEmpty()
                    && list.size() <= MOST_SPREAD ? List.copyOf(new LinkedHashSet<>(list)) : List.of();
            int length = values.size() < 2 ? values.size() : Integer.highestOneBit(values.size() * 2 - 1);
            Optional<String> rewritten = length == 0 ? Optional.empty() : rewriteUses(spreadText, name, length);
            if (rewritten.isEmpty()) {
                spreadParameters.put(name, parameter.getValue());
                continue;
            }
            spreadText = rewritten.get();
            for (int i = 0; i < length; i++) {
                spreadParameters.put(name + "_" + i, values.get(Math.min(i, values.size() - 1)));
            }
        }
        return new Spread(spreadText, spreadParameters);
    }

    /**
     * Every {@code [not] in :name} or {@code [not] in (:name)} written for that many single
     * parameters; empty when a use of the name is not the list of an {@code in}.
     */
    private static Optional<String> rewriteUses(String text, String name, int length) {
        StringBuilder result = new StringBuilder(text.length() + 16 * length);
        int from = 0;
        for (int at = text.indexOf(':' + name); at >= 0; at = text.indexOf(':' + name, at + 1)) {
            int end = at + 1 + name.length();
            if (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                continue; // the start of a longer name
            }
            int open = skipSpaces(text, at - 1, -1);
            int close = skipSpaces(text, end, 1);
            boolean parenthesized = open >= 0 && text.charAt(open) == '(' && close < text.length()
                    && text.charAt(close) == ')';
            int operatorEnd = skipSpaces(text, (parenthesized ? open : at) - 1, -1) + 1;
            if (!isWordBefore(text, operatorEnd, "in")) {
                return Optional.empty();
            }
            int operatorStart = operatorEnd - 2;
            int notEnd = skipSpaces(text, operatorStart - 1, -1) + 1;
            boolean negated = notEnd < operatorStart && isWordBefore(text, notEnd, "not");
            result.append(text, from, negated ? notEnd - 3 : operatorStart)
                    .append(condition(name, length, negated));
            from = parenthesized ? close + 1 : end;
        }
        return Optional.of(result.append(text, from, text.length()).toString());
    }

    private static String condition(String name, int length, boolean negated) {
        if (length == 1) {
            return (negated ? "<> :" : "= :") + name + "_0";
        }
        StringBuilder list = new StringBuilder(negated ? "not in (" : "in (");
        for (int i = 0; i < length; i++) {
            list.append(i == 0 ? ":" : ", :").append(name).append('_').append(i);
        }
        return list.append(')').toString();
    }

    /** Whether the text just before {@code end} is this word, on its own. */
    private static boolean isWordBefore(String text, int end, String word) {
        int start = end - word.length();
        return start >= 0 && text.regionMatches(true, start, word, 0, word.length())
                && (start == 0 || !Character.isJavaIdentifierPart(text.charAt(start - 1)));
    }

    private static int skipSpaces(String text, int index, int step) {
        int at = index;
        while (at >= 0 && at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at += step;
        }
        return at;
    }
}
