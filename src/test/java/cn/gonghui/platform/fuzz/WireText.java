package cn.gonghui.platform.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes values the way a client puts them on the wire, lone surrogates included: JSON with every
 * control character and surrogate as a {@code \\uXXXX} escape (a JSON library refuses to write a lone
 * surrogate), and percent-encoding that encodes a lone surrogate as the three bytes of its code unit,
 * which is invalid UTF-8 as a careless client would send it.
 */
final class WireText {

    private WireText() {
    }

    static String json(JsonNode node) {
        StringBuilder text = new StringBuilder();
        write(node, text);
        return text.toString();
    }

    private static void write(JsonNode node, StringBuilder text) {
        if (node.isObject()) {
            text.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                string(field.getKey(), text);
                text.append(':');
                write(field.getValue(), text);
                if (fields.hasNext()) {
                    text.append(',');
                }
            }
            text.append('}');
        } else if (node.isArray()) {
            text.append('[');
            for (int i = 0; i < node.size(); i++) {
                write(node.get(i), text.append(i > 0 ? "," : ""));
            }
            text.append(']');
        } else if (node instanceof RawJson raw) {
            text.append(raw.text());
        } else if (node.isTextual()) {
            string(node.asText(), text);
        } else {
            text.append(node.toString());
        }
    }

    static void string(String value, StringBuilder text) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                text.append(String.format("\\u%04x", (int) c));
            } else {
                text.append(c);
            }
        }
        text.append('"');
    }

    /** A JSON string's UTF-8 bytes; the surrogates were escaped, so nothing is lost in encoding. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Percent-encodes every character but the unreserved ones, lone surrogates as their raw code unit bytes. */
    static String percent(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes.writeBytes(value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes.write(0xE0 | c >> 12);
                bytes.write(0x80 | c >> 6 & 0x3F);
                bytes.write(0x80 | c & 0x3F);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : bytes.toByteArray()) {
            int unsigned = b & 0xFF;
            if (unsigned < 0x80 && (Character.isLetterOrDigit(unsigned) || "-._~".indexOf(unsigned) >= 0)) {
                encoded.append((char) unsigned);
            } else {
                encoded.append('%').append(String.format("%02X", unsigned));
            }
        }
        return encoded.toString();
    }
}
