package cn.gonghui.platform.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request. Any client library cleans a request up
 * (it refuses braces and {@code %zz} in a URI, and sets Content-Type and Content-Length itself); this
 * one writes exactly the bytes it is given, as a broken or hostile client does.
 */
final class RawHttp {

    /** The answer: status, headers in order (names as sent) and body; status 0 when none came. */
    record Answer(int status, List<Map.Entry<String, String>> headers, String body, String failure) {

        String header(String name) {
            return headers.stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    private static final int TIMEOUT_MILLIS = 15_000;

    private final String host;
    private final int port;

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    Answer send(FuzzRequest request, String requestId) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(utf8(request.method() + " " + request.target() + " HTTP/1.1\r\n"));
        head.writeBytes(utf8("Host: " + host + ":" + port + "\r\nConnection: close\r\nX-Request-Id: " + requestId + "\r\n"));
        request.headers().forEach((name, value) -> head.writeBytes(utf8(name + ": " + value + "\r\n")));
        if (request.body() != null) {
            head.writeBytes(utf8("Content-Length: " + request.body().length + "\r\n"));
        }
        head.writeBytes(utf8("\r\n"));
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.toByteArray());
                if (request.body() != null) {
                    out.write(request.body());
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // the server may answer (413, 400) and close before reading all: its answer is still to be read
            }
            return parse(readAll(socket.getInputStream()));
        } catch (SocketTimeoutException timeout) {
            return new Answer(0, List.of(), "", "no answer within " + TIMEOUT_MILLIS + " ms");
        } catch (IOException broken) {
            return new Answer(0, List.of(), "", "connection failed: " + broken.getMessage());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16_384];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                all.write(buffer, 0, read);
            }
        } catch (IOException reset) {
            if (all.size() == 0) {
                throw reset;
            }
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || end < 0) {
            return new Answer(0, List.of(), "", "not an HTTP answer: " + Excerpt.of(text, 200));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(Map.entry(lines[i].substring(0, colon).trim(),
                    new String(lines[i].substring(colon + 1).trim().getBytes(StandardCharsets.ISO_8859_1),
                            StandardCharsets.UTF_8)));
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.stream().anyMatch(header -> header.getKey().equalsIgnoreCase("Transfer-Encoding")
                && header.getValue().toLowerCase().contains("chunked"));
        return new Answer(status, headers, new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8), null);
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOfCrLf(body, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            content.write(body, lineEnd + 2, Math.min(length, body.length - lineEnd - 2));
            at = lineEnd + 2 + length + 2;
        }
        return content.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
