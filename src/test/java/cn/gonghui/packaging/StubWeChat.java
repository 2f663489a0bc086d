package cn.gonghui.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WeChat's API as the packaged jar sees it through {@code GONGHUI_WECHAT_API_HOST}: a login code
 * becomes the openid of the same name, an access token is always granted, and every subscribe
 * message is kept, so a test can count what several instances sent between them. The prod build
 * has no fake WeChat of its own, and WeChat is outside: this is the one part the tests fake.
 */
final class StubWeChat implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("(?:^|&)js_code=([A-Za-z0-9_-]{1,64})(?:&|$)");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<JsonNode> subscribeMessages = new CopyOnWriteArrayList<>();

    private StubWeChat(HttpServer server) {
        this.server = server;
    }

    static StubWeChat start() throws IOException {
        StubWeChat stub = new StubWeChat(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        stub.server.createContext("/cgi-bin/stable_token", exchange ->
                answer(exchange, "{\"access_token\":\"stub-token\",\"expires_in\":7200}"));
        stub.server.createContext("/cgi-bin/token", exchange ->
                answer(exchange, "{\"access_token\":\"stub-token\",\"expires_in\":7200}"));
        stub.server.createContext("/sns/jscode2session", StubWeChat::codeToSession);
        stub.server.createContext("/cgi-bin/message/subscribe/send", stub::subscribeMessage);
        stub.server.setExecutor(stub.threads);
        stub.server.start();
        return stub;
    }

    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every subscribe message received so far, in arrival order. */
    List<JsonNode> subscribeMessages() {
        return List.copyOf(subscribeMessages);
    }

    private static void codeToSession(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        Matcher code = CODE.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
        answer(exchange, code.find()
                ? "{\"openid\":\"" + code.group(1) + "\",\"session_key\":\"c3R1Yi1zZXNzaW9uLWtleQ==\"}"
                : "{\"errcode\":40029,\"errmsg\":\"invalid code\"}");
    }

    private void subscribeMessage(HttpExchange exchange) throws IOException {
        byte[] message = exchange.getRequestBody().readAllBytes();
        subscribeMessages.add(JSON.readTree(message));
        answer(exchange, "{\"errcode\":0,\"errmsg\":\"ok\"}");
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
