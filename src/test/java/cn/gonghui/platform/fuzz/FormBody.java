package cn.gonghui.platform.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Form and multipart bodies, written by hand so that any byte can be put anywhere in them. */
final class FormBody {

    static final String BOUNDARY = "fuzz-boundary-7MA4YWxkTrZu0gW";
    /** The first bytes of a PNG: enough for the service's type sniffing. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private FormBody() {
    }

    /** {@code application/x-www-form-urlencoded} of an object's fields; a raw value is written unencoded. */
    static String of(JsonNode fields) {
        List<String> pairs = new ArrayList<>();
        fields.fields().forEachRemaining(field -> pairs.add(WireText.percent(field.getKey()) + "="
                + (field.getValue() instanceof RawJson raw ? raw.text() : WireText.percent(field.getValue().asText()))));
        return String.join("&", pairs);
    }

    /** A multipart body with one part; the part's name, file name and content are the caller's. */
    static byte[] multipart(String partName, String filename, String partType, byte[] content, boolean closed) {
        StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\n")
                .append("Content-Disposition: form-data; name=\"").append(partName).append('"');
        if (filename != null) {
            head.append("; filename=\"").append(filename).append('"');
        }
        head.append("\r\n");
        if (partType != null) {
            head.append("Content-Type: ").append(partType).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = WireText.utf8(head.toString());
        byte[] end = WireText.utf8(closed ? "\r\n--" + BOUNDARY + "--\r\n" : "");
        byte[] all = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        System.arraycopy(end, 0, all, start.length + content.length, end.length);
        return all;
    }

    static String multipartType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }
}
