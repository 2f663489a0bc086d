package cn.gonghui.platform.fuzz;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The ways a valid request is broken: each changes one thing (a parameter, a header, or the body through
 * {@link BodyMutations}) and answers what it did, which the report shows beside the answer.
 */
final class Mutations {

    private record Mutation(Predicate<Draft> applies, Function<Draft, String> apply) {
    }

    private final Vocabulary vocabulary;
    private final Random random;
    private final List<Mutation> all;

    Mutations(Vocabulary vocabulary, Random random) {
        this.vocabulary = vocabulary;
        this.random = random;
        BodyMutations body = new BodyMutations(vocabulary, random);
        // values inside fields and parameters reach the most code, so they are drawn more often
        this.all = List.of(
                new Mutation(draft -> hasParameters(draft, "path"), this::hostilePathValue),
                new Mutation(draft -> hasParameters(draft, "path"), this::hostilePathValue),
                new Mutation(draft -> hasParameters(draft, "path"), this::rawPathValue),
                new Mutation(draft -> hasParameters(draft, "query"), this::hostileQueryValue),
                new Mutation(draft -> hasParameters(draft, "query"), this::hostileQueryValue),
                new Mutation(draft -> hasParameters(draft, "query"), this::rawQueryValue),
                new Mutation(draft -> true, this::oddQuery),
                new Mutation(draft -> hasParameters(draft, "header"), this::hostileHeaderParameter),
                new Mutation(Draft::hasJsonObject, body::hostileField),
                new Mutation(Draft::hasJsonObject, body::hostileField),
                new Mutation(Draft::hasJsonObject, body::hostileField),
                new Mutation(Draft::hasJsonObject, body::wrongTypeField),
                new Mutation(Draft::hasJsonObject, body::wrongTypeField),
                new Mutation(Draft::hasJsonObject, body::unknownField),
                new Mutation(draft -> draft.json != null, body::brokenBytes),
                new Mutation(BodyMutations::isJson, body::wholeBody),
                new Mutation(BodyMutations::isForm, body::rawFormValue),
                new Mutation(BodyMutations::isForm, body::rawFormValue),
                new Mutation(BodyMutations::isForm, body::rawFormValue),
                new Mutation(BodyMutations::isMultipart, body::brokenMultipart),
                new Mutation(BodyMutations::isMultipart, body::brokenMultipart),
                new Mutation(draft -> draft.contentType != null, body::otherContentType),
                new Mutation(draft -> draft.operation.body().isEmpty() && !draft.operation.method().equals("GET"),
                        body::unexpectedBody),
                new Mutation(draft -> true, this::otherAuthorization),
                new Mutation(draft -> true, this::otherAcceptHeaders));
    }

    String apply(Draft draft) {
        List<Mutation> applicable = all.stream().filter(mutation -> mutation.applies().test(draft)).toList();
        return applicable.get(random.nextInt(applicable.size())).apply().apply(draft);
    }

    private String hostilePathValue(Draft draft) {
        String name = pickParameter(draft, "path").name();
        Hostile.Value value = vocabulary.pick(Hostile.STRINGS);
        draft.encodedPath.put(name, value.text().isEmpty() ? "" : WireText.percent(value.text()));
        return "path " + name + ": " + value.name();
    }

    private String rawPathValue(Draft draft) {
        String name = pickParameter(draft, "path").name();
        Hostile.Value value = vocabulary.pick(Hostile.RAW_URL);
        draft.encodedPath.put(name, value.text());
        return "path " + name + " raw: " + value.name();
    }

    private String hostileQueryValue(Draft draft) {
        Operation.Parameter parameter = pickParameter(draft, "query");
        Hostile.Value value = parameter.name().equals("cursor") && random.nextBoolean()
                ? new Hostile.Value("10,000-char cursor", "A".repeat(10_000)) : vocabulary.pick(Hostile.STRINGS);
        replaceQuery(draft, parameter.name(), parameter.name() + "=" + WireText.percent(value.text()));
        return "query " + parameter.name() + ": " + value.name();
    }

    private String rawQueryValue(Draft draft) {
        Operation.Parameter parameter = pickParameter(draft, "query");
        Hostile.Value value = vocabulary.pick(Hostile.RAW_URL);
        replaceQuery(draft, parameter.name(), parameter.name() + "=" + value.text());
        return "query " + parameter.name() + " raw: " + value.name();
    }

    private String oddQuery(Draft draft) {
        String[][] odd = {{"unknown parameter", "fuzz=" + WireText.percent("a\u0000b")}, {"key without value", "limit"},
            {"empty pair", "="}, {"ampersands", "&&&"}, {"repeated limit", "limit=1&limit=2"}, {"%zz key", "%zz=1"},
            {"negative limit", "limit=-1"}, {"huge limit", "limit=99999999999999999999"}, {"word limit", "limit=ten"},
            {"blank cursor", "cursor=%20"}, {"empty cursor", "cursor="}};
        String[] chosen = odd[random.nextInt(odd.length)];
        draft.query.add(chosen[1]);
        return "query: " + chosen[0];
    }

    private String hostileHeaderParameter(Draft draft) {
        String name = pickParameter(draft, "header").name();
        String[][] odd = {{"empty", ""}, {"blank", " "}, {"unquoted", "abc"}, {"open quote", "\"1"}, {"weak only", "W/"},
            {"huge version", "\"99999999999999999999\""}, {"negative version", "\"-1\""}, {"list", "\"1\", \"2\""},
            {"300 chars", "k".repeat(300)}, {"UTF-8", "键值"}, {"tab", "a\tb"}};
        String[] chosen = odd[random.nextInt(odd.length)];
        draft.headers.put(name, chosen[1]);
        return "header " + name + ": " + chosen[0];
    }

    private String otherAuthorization(Draft draft) {
        Hostile.Value value = vocabulary.pick(Hostile.AUTHORIZATIONS);
        draft.headers.put("Authorization", value.text());
        return "Authorization: " + value.name();
    }

    private String otherAcceptHeaders(Draft draft) {
        if (random.nextBoolean()) {
            Hostile.Value value = vocabulary.pick(Hostile.ACCEPTS);
            draft.headers.put("Accept", value.text());
            return "Accept: " + value.name();
        }
        Hostile.Value value = vocabulary.pick(Hostile.LANGUAGES);
        draft.headers.put("Accept-Language", value.text());
        return "Accept-Language: " + value.name();
    }

    private Operation.Parameter pickParameter(Draft draft, String in) {
        return vocabulary.pick(draft.operation.parameters().stream().filter(p -> p.in().equals(in)).toList());
    }

    private static boolean hasParameters(Draft draft, String in) {
        return draft.operation.parameters().stream().anyMatch(parameter -> parameter.in().equals(in));
    }

    private static void replaceQuery(Draft draft, String name, String pair) {
        draft.query.removeIf(existing -> existing.startsWith(name + "="));
        draft.query.add(pair);
    }
}
