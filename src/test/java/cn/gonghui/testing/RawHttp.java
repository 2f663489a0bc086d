package cn.gonghui.testing;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request exactly as written, byte for byte, to the service under test: HTTP clients
 * refuse to send what a hostile caller sends (braces in a path, an empty Content-Type, a body cut
 * short), and those requests are the ones that must still get a precise problem.
 */
public final class RawHttp {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};

    /** What came back: status, headers (names in lower case) and the body as text. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /** {@code head} is the request line and header lines without the blank line; {@code body} may be empty. */
    public static Answer send(String head, byte[] body) {
        return send(RestAssured.port, head, body);
    }

    /** To a service on another port than the test's own (the packaged jar). */
    public static Answer send(int port, String head, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("The raw request could not be sent", e);
        }
    }

    public static Answer send(String head, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String length = bytes.length == 0 ? "" : "\r\nContent-Length: " + bytes.length;
        return send(head + length, bytes);
    }

    public static Answer get(String target, String... headerLines) {
        return send("GET " + target + " HTTP/1.1" + lines(headerLines), "");
    }

    public static Answer get(int port, String target) {
        return send(port, "GET " + target + " HTTP/1.1", new byte[0]);
    }

    private static String lines(String... headerLines) {
        StringBuilder text = new StringBuilder();
        for (String line : headerLines) {
            text.append("\r\n").append(line);
        }
        return text.toString();
    }

    private static Answer parse(byte[] raw) throws IOException {
        int end = indexOf(raw, CRLF_CRLF, 0);
        if (end < 0) {
            throw new IOException("No HTTP answer: " + new String(raw, StandardCharsets.UTF_8));
        }
        String[] headLines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(headLines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < headLines.length; i++) {
            int colon = headLines[i].indexOf(':');
            headers.put(headLines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    headLines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(raw, end + CRLF_CRLF.length, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, CRLF, at);
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + CRLF.length, size);
            at = lineEnd + CRLF.length + size + CRLF.length;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
