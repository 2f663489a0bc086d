package cn.gonghui.packaging;

import cn.gonghui.testing.contract.ContractConformance;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged application run as a user runs it: {@code java -jar target/quarkus-app/quarkus-run.jar}. */
final class RunningJar implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    final int port;

    private RunningJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static RunningJar start(Path workDirectory, Map<String, String> environment) throws IOException {
        int port = freePort();
        Path log = Files.createTempFile(workDirectory, "app-", ".log");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-jar", applicationJar())
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("GONGHUI_"));
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        return new RunningJar(builder.start(), log, port);
    }

    /** Waits until the service is ready, or fails with what it logged. */
    RunningJar awaitReady() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The application exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The application was not ready in " + START_TIMEOUT + ":\n" + output());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitExit() throws Exception {
        if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("The application did not exit:\n" + output());
        }
        return process.exitValue();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return conforming("GET", null, HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return conforming("POST", json, HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Any call, with the caller's headers (a token, an Idempotency-Key), held to the contract like the others. */
    HttpResponse<String> send(String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return conforming(method, json, HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** The prod build's answers are held to the contract too, as every test call of the suite is. */
    private static HttpResponse<String> conforming(String method, String json, HttpResponse<String> response) {
        List<String> mismatches = ContractConformance.mismatchesOf(method, response.uri().getRawPath(),
                json == null ? null : "application/json", json, response.statusCode(), response.headers().map(),
                response.body());
        if (!mismatches.isEmpty()) {
            throw new AssertionError("Outside the contract: " + method + " " + response.uri().getRawPath() + " -> "
                    + response.statusCode() + "\n  " + String.join("\n  ", mismatches));
        }
        return response;
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    /** Sends SIGTERM and returns at once, as Kubernetes does when it begins a pod's termination. */
    void signalStop() {
        process.destroy();
    }

    /** A graceful stop, as systemd or Kubernetes would do it (SIGTERM). */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** A crash: {@code kill -9}, leaving whatever the JVM started behind. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private static String applicationJar() {
        String jar = System.getProperty("gonghui.app.jar", "target/quarkus-app/quarkus-run.jar");
        return Path.of(jar).toAbsolutePath().toString();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
