package cn.gonghui.platform.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The mutations of a request's body: a hostile or mistyped value in one field, bytes that are not the
 * document (cut off, invalid UTF-8, not JSON), a multipart body gone wrong, or a media type the operation
 * does not declare.
 */
final class BodyMutations {

    private final Vocabulary vocabulary;
    private final Random random;

    BodyMutations(Vocabulary vocabulary, Random random) {
        this.vocabulary = vocabulary;
        this.random = random;
    }

    String hostileField(Draft draft) {
        Hostile.Value value = vocabulary.pick(Hostile.STRINGS);
        return "body " + setField(draft, new TextNode(value.text())) + ": " + value.name();
    }

    String wrongTypeField(Draft draft) {
        Hostile.Value value = vocabulary.pick(Hostile.JSON_VALUES);
        return "body " + setField(draft, new RawJson(value.text())) + ": " + value.name();
    }

    String unknownField(Draft draft) {
        ((ObjectNode) draft.json).set("fuzzUnknown" + vocabulary.hex(1), new TextNode("x"));
        return "body: unknown field";
    }

    String brokenBytes(Draft draft) {
        byte[] bytes = draft.toRequest("", "").body();
        if (random.nextBoolean() && bytes.length > 1) {
            draft.body = Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
            return "body: truncated";
        }
        byte[] invalid = {(byte) 0xC3, '(', (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF};
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int quote = text.indexOf("\":\"");
        int at = quote >= 0 ? quote + 3 : text.length() / 2;
        draft.body = new byte[bytes.length + invalid.length];
        System.arraycopy(bytes, 0, draft.body, 0, at);
        System.arraycopy(invalid, 0, draft.body, at, invalid.length);
        System.arraycopy(bytes, at, draft.body, at + invalid.length, bytes.length - at);
        return "body: invalid UTF-8";
    }

    String wholeBody(Draft draft) {
        Hostile.Value value = vocabulary.pick(Hostile.JSON_BODIES);
        draft.body = WireText.utf8(value.text());
        return "body: " + value.name();
    }

    String rawFormValue(Draft draft) {
        Hostile.Value value = vocabulary.pick(Hostile.RAW_URL);
        String field = fieldNames(draft).isEmpty() ? "client_id" : vocabulary.pick(fieldNames(draft));
        ((ObjectNode) draft.json).set(field, new RawJson(value.text()));
        return "form " + field + " raw: " + value.name();
    }

    String brokenMultipart(Draft draft) {
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

    String otherContentType(Draft draft) {
        Hostile.Value value = vocabulary.pick(Hostile.CONTENT_TYPES);
        draft.contentType = value.text();
        return "Content-Type: " + value.name();
    }

    String unexpectedBody(Draft draft) {
        draft.body = WireText.utf8(random.nextBoolean() ? "{\"a\":\"\\u0000\"}" : "{\"a\":");
        draft.contentType = random.nextBoolean() ? "application/json" : "";
        return "unexpected body with Content-Type '" + draft.contentType + "'";
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

    static boolean isJson(Draft draft) {
        return draft.json != null && draft.contentType != null && draft.contentType.contains("json");
    }

    static boolean isForm(Draft draft) {
        return draft.json != null && "application/x-www-form-urlencoded".equals(draft.contentType);
    }

    static boolean isMultipart(Draft draft) {
        return draft.operation.body().map(body -> body.mediaType().startsWith("multipart/")).orElse(false);
    }
}
