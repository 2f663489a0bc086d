package cn.gonghui.platform.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The ways a valid request is broken: each changes one thing (a parameter, a field, the bytes or the media
 * type of the body, a header) and answers what it did, which the report shows beside the answer.
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
                new Mutation(Draft::hasJsonObject, this::hostileField),
                new Mutation(Draft::hasJsonObject, this::hostileField),
                new Mutation(Draft::hasJsonObject, this::hostileField),
                new Mutation(Draft::hasJsonObject, this::wrongTypeField),
                new Mutation(Draft::hasJsonObject, this::wrongTypeField),
                new Mutation(Draft::hasJsonObject, this::unknownField),
                new Mutation(draft -> draft.json != null, this::brokenBytes),
                new Mutation(draft -> isJson(draft), this::wholeBody),
                new Mutation(draft -> isForm(draft), this::rawFormValue),
                new Mutation(draft -> isForm(draft), this::rawFormValue),
                new Mutation(draft -> isForm(draft), this::rawFormValue),
                new Mutation(draft -> isMultipart(draft), this::brokenMultipart),
                new Mutation(draft -> isMultipart(draft), this::brokenMultipart),
                new Mutation(draft -> draft.contentType != null, this::otherContentType),
                new Mutation(draft -> draft.operation.body().isEmpty() && !draft.operation.method().equals("GET"),
                        this::unexpectedBody),
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

    private String hostileField(Draft draft) {
        Hostile.Value value = vocabulary.pick(Hostile.STRINGS);
        return "body " + setField(draft, new TextNode(value.text())) + ": " + value.name();
    }

    private String wrongTypeField(Draft draft) {
        Hostile.Value value = vocabulary.pick(Hostile.JSON_VALUES);
        return "body " + setField(draft, new RawJson(value.text())) + ": " + value.name();
    }

    private String unknownField(Draft draft) {
        ((ObjectNode) draft.json).set("fuzzUnknown" + vocabulary.hex(1), new TextNode("x"));
        return "body: unknown field";
    }

    private String brokenBytes(Draft draft) {
        byte[] bytes = draft.toRequest("", "").body();
        if (random.nextBoolean() && bytes.length > 1) {
            draft.body = Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
            return "body: truncated";
        }
        byte[] invalid = {(byte) 0xC3, '(', (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF};
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int quote = text.indexOf("\":\"");
        int at = quote >= 0 ? quote + 3 : text.length() / 2;
        draft.body = new byte[bytes.length + invalid.length];
        System.arraycopy(bytes, 0, draft.body, 0, at);
        System.arraycopy(invalid, 0, draft.body, at, invalid.length);
        System.arraycopy(bytes, at, draft.body, at + invalid.length, bytes.length - at);
        return "body: invalid UTF-8";
    }

    private String wholeBody(Draft draft) {
        Hostile.Value value = vocabulary.pick(Hostile.JSON_BODIES);
        draft.body = WireText.utf8(value.text());
        return "body: " + value.name();
    }

    private String rawFormValue(Draft draft) {
        Hostile.Value value = vocabulary.pick(Hostile.RAW_URL);
        String field = fieldNames(draft).isEmpty() ? "client_id" : vocabulary.pick(fieldNames(draft));
        ((ObjectNode) draft.json).set(field, new RawJson(value.text()));
        return "form " + field + " raw: " + value.name();
    }

    private String brokenMultipart(Draft draft) {
        byte[] whole = draft.body;
        int kind = random.nextInt(7);
        switch (kind) {
            case 0 -> draft.body = Arrays.copyOf(whole, 1 + random.nextInt(whole.length - 1));
            case 1 -> draft.body = FormBody.multipart("file", "photo.png", "image/png", FormBody.PNG, false);
            case 2 -> draft.contentType = "multipart/form-data; boundary=another-boundary";
            case 3 -> draft.body = FormBody.multipart("document", "photo.png", "image/png", FormBody.PNG, true);
            case 4 -> draft.body = FormBody.multipart("file", "empty.png", "image/png", new byte[0], true);
            case 5 -> draft.body = FormBody.multipart("file", vocabulary.pick(Hostile.STRINGS).text(), "image/png;;",
                    FormBody.PNG, true);
            default -> draft.body = WireText.utf8("--" + FormBody.BOUNDARY + "\r\n\r\n--" + FormBody.BOUNDARY);
        }
        return "multipart: " + List.of("truncated", "no closing boundary", "other boundary", "other part name",
                "empty file", "hostile filename", "part without headers").get(kind);
    }

    private String otherContentType(Draft draft) {
        Hostile.Value value = vocabulary.pick(Hostile.CONTENT_TYPES);
        draft.contentType = value.text();
        return "Content-Type: " + value.name();
    }

    private String unexpectedBody(Draft draft) {
        draft.body = WireText.utf8(random.nextBoolean() ? "{\"a\":\"\\u0000\"}" : "{\"a\":");
        draft.contentType = random.nextBoolean() ? "application/json" : "";
        return "unexpected body with Content-Type '" + draft.contentType + "'";
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

    /** Sets a field somewhere in the body (an existing one, or one the schema has), answering its path. */
    private String setField(Draft draft, JsonNode value) {
        List<String[]> places = new ArrayList<>();
        collect("", draft.json, places);
        draft.operation.body().orElseThrow().schema().path("properties").fieldNames()
                .forEachRemaining(name -> places.add(new String[] {"", name}));
        if (places.isEmpty()) {
            places.add(new String[] {"", "fuzz"});
        }
        String[] place = places.get(random.nextInt(places.size()));
        ObjectNode parent = (ObjectNode) (place[0].isEmpty() ? draft.json : draft.json.at(place[0]));
        parent.set(place[1], value);
        return place[0] + "/" + place[1];
    }

    private static void collect(String pointer, JsonNode node, List<String[]> places) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                places.add(new String[] {pointer, field.getKey()});
                collect(pointer + "/" + field.getKey(), field.getValue(), places);
            }
        }
    }

    private List<String> fieldNames(Draft draft) {
        List<String> names = new ArrayList<>();
        draft.json.fieldNames().forEachRemaining(names::add);
        return names;
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

    private static boolean isJson(Draft draft) {
        return draft.json != null && draft.contentType != null && draft.contentType.contains("json");
    }

    private static boolean isForm(Draft draft) {
        return draft.json != null && "application/x-www-form-urlencoded".equals(draft.contentType);
    }

    private static boolean isMultipart(Draft draft) {
        return draft.operation.body().map(body -> body.mediaType().startsWith("multipart/")).orElse(false);
    }
}
