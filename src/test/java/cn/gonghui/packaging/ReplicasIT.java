package cn.gonghui.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.launcher.EmbeddedDatabase;
import cn.gonghui.testing.IdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged jar on one PostgreSQL, as a load balancer runs them: a mobile
 * client's retry may land on the other instance, both deliver the outbox, and one of them may be
 * killed mid-write. The database, WeChat (a stub) and both instances are started here; the
 * instance killed last runs after the other scenario.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOIN_DESHENG =
            "{\"serviceCode\":\"membership.join\",\"streetCode\":\"desheng\",\"form\":{\"occupation\":\"courier\"}}";
    private static final int APPLICATIONS = 500;
    private static final int WRITERS = 4;
    private static final String NAME_CHARACTERS = "明华建国丽娟秀英志强海燕文静春梅红霞桂兰玉兰";

    private Path workDirectory;
    private EmbeddedDatabase database;
    private int databasePort;
    private StubWeChat weChat;
    private RunningJar first;
    private RunningJar second;
    private final AtomicInteger workersSignedIn = new AtomicInteger();

    @BeforeAll
    void twoInstancesOnOneDatabase() throws Exception {
        workDirectory = Files.createTempDirectory("replicas-it");
        databasePort = freePort();
        database = EmbeddedDatabase.startPersistent(workDirectory.resolve("pg"), databasePort);
        weChat = StubWeChat.start();
        // one after the other: the first migrates the schema, as a Kubernetes migration Job would
        first = RunningJar.start(directory("first"), deployment()).awaitReady();
        second = RunningJar.start(directory("second"), deployment()).awaitReady();
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] {second, first, weChat, database}) {
            if (part != null) {
                part.close();
            }
        }
    }

    @Test
    @Order(1)
    void eachApplicationRetriedOnTheOtherInstanceIsTakenOnceAndItsNoticeSentOnce() throws Exception {
        List<String> tokens = workersReadyToJoin(APPLICATIONS);
        Map<String, String> applicationOfWorker = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> submissions = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                RunningJar to = i % 2 == 0 ? first : second;
                RunningJar retriedOn = i % 2 == 0 ? second : first;
                String token = tokens.get(i);
                submissions.add(clients.submit(() -> {
                    String key = UUID.randomUUID().toString();
                    HttpResponse<String> original = submit(to, token, key);
                    HttpResponse<String> retry = submit(retriedOn, token, key);
                    assertThat(original.statusCode()).as(original::body).isEqualTo(201);
                    assertThat(retry.statusCode()).as(retry::body).isEqualTo(201);
                    assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
                    assertThat(idOf(retry)).isEqualTo(idOf(original));
                    applicationOfWorker.put(token, idOf(original));
                    return null;
                }));
            }
            for (Future<?> submission : submissions) {
                submission.get(5, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(Set.copyOf(applicationOfWorker.values())).hasSize(APPLICATIONS);
        assertThat(count("SELECT count(*) FROM applications")).isEqualTo(APPLICATIONS);

        awaitNoticesSent(APPLICATIONS);
        Thread.sleep(3_000); // two more delivery rounds of each instance: nothing is sent again
        List<JsonNode> sent = weChat.subscribeMessages();
        Map<String, Long> perWorker = sent.stream()
                .collect(Collectors.groupingBy(message -> message.path("touser").asText(), Collectors.counting()));
        assertThat(sent).hasSize(APPLICATIONS);
        assertThat(perWorker).hasSize(APPLICATIONS).allSatisfy((worker, times) -> assertThat(times).isEqualTo(1));
        assertThat(count("SELECT count(*) FROM notification_outbox WHERE status <> 'sent'")).isZero();
    }

    @Test
    @Order(2)
    void anInstanceKilledUnderWriteLoadLosesNothingItAcknowledged() throws Exception {
        int workers = 240;
        List<String> tokens = workersReadyToJoin(workers);
        int before = count("SELECT count(*) FROM applications");
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, String> unanswered = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int w = 0; w < WRITERS; w++) {
                writers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < workers; i = next.getAndIncrement()) {
                        String key = UUID.randomUUID().toString();
                        try {
                            HttpResponse<String> answer = submit(first, tokens.get(i), key);
                            assertThat(answer.statusCode()).as(answer::body).isEqualTo(201);
                            acknowledged.put(tokens.get(i), idOf(answer));
                        } catch (IOException killed) {
                            unanswered.put(tokens.get(i), key);
                        }
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (acknowledged.size() < workers / 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            first.kill();
            writers.shutdown();
            assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            writers.shutdownNow();
        }
        assertThat(acknowledged).as("applications acknowledged before the kill").hasSizeGreaterThanOrEqualTo(workers / 3);

        for (var worker : acknowledged.entrySet()) {
            HttpResponse<String> view = second.send("GET", "/api/v1/applications/" + worker.getValue(), null,
                    "Authorization", "Bearer " + worker.getKey());
            assertThat(view.statusCode()).as("acknowledged, so present on the other instance").isEqualTo(200);
        }
        assertThat(count("SELECT count(*) FROM applications a WHERE NOT EXISTS "
                + "(SELECT 1 FROM application_events e WHERE e.application_id = a.id)"))
                .as("an application without its history would be half-written").isZero();
        assertThat(count("SELECT count(*) FROM applications a WHERE NOT EXISTS "
                + "(SELECT 1 FROM notification_outbox o WHERE o.member_id = a.member_id)"))
                .as("an application without its notice would be half-written").isZero();

        // the client retries what got no answer, with the same key, on the instance still up
        for (var worker : unanswered.entrySet()) {
            HttpResponse<String> retry = submit(second, worker.getKey(), worker.getValue());
            assertThat(retry.statusCode()).as(retry::body).isEqualTo(201);
        }
        int answered = acknowledged.size() + unanswered.size();
        assertThat(count("SELECT count(*) FROM applications")).as("no duplicate, none lost").isEqualTo(before + answered);
        assertThat(count("SELECT count(*) FROM (SELECT member_id FROM applications GROUP BY member_id "
                + "HAVING count(*) > 1) twice")).isZero();

        first = RunningJar.start(directory("first-restarted"), deployment()).awaitReady();
        assertThat(first.get("/api/v1/streets").statusCode()).isEqualTo(200);
    }

    /** Workers signed in through WeChat, identity verified and membership consent given: each may apply once. */
    private List<String> workersReadyToJoin(int how) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < how; i++) {
                int index = workersSignedIn.getAndIncrement();
                RunningJar instance = index % 2 == 0 ? first : second;
                tokens.add(clients.submit(() -> workerReadyToJoin(instance, index)));
            }
            List<String> ready = new ArrayList<>();
            for (Future<String> token : tokens) {
                ready.add(token.get(5, TimeUnit.MINUTES));
            }
            return ready;
        } finally {
            clients.shutdownNow();
        }
    }

    private String workerReadyToJoin(RunningJar instance, int index) throws Exception {
        HttpResponse<String> session = instance.send("POST", "/api/v1/auth/wechat/session",
                "{\"code\":\"replica-worker-" + index + "\"}");
        assertThat(session.statusCode()).as(session::body).isEqualTo(200);
        String token = JSON.readTree(session.body()).path("accessToken").asText();
        String[] bearer = {"Authorization", "Bearer " + token};
        String birth = LocalDate.of(1985, 1, 1).plusDays(index / 900).format(DateTimeFormatter.BASIC_ISO_DATE);
        String idNumber = IdNumbers.withCheck("110105" + birth + (100 + index % 900));
        String name = "王" + NAME_CHARACTERS.charAt(index % 20) + NAME_CHARACTERS.charAt(index / 20 % 20);
        HttpResponse<String> identity = instance.send("PUT", "/api/v1/me/identity",
                "{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\"}", bearer);
        assertThat(identity.statusCode()).as(identity::body).isEqualTo(200);
        JsonNode consents = JSON.readTree(instance.send("GET", "/api/v1/me/consents", null, bearer).body());
        String policy = null;
        for (JsonNode item : consents.path("items")) {
            if ("membership".equals(item.path("purpose").asText())) {
                policy = item.path("currentPolicyVersion").asText();
            }
        }
        HttpResponse<String> consent = instance.send("PUT", "/api/v1/me/consents/membership",
                "{\"policyVersion\":\"" + policy + "\"}", bearer);
        assertThat(consent.statusCode()).as(consent::body).isEqualTo(200);
        return token;
    }

    private static HttpResponse<String> submit(RunningJar instance, String token, String key) throws Exception {
        return instance.send("POST", "/api/v1/applications", JOIN_DESHENG,
                "Authorization", "Bearer " + token, "Idempotency-Key", key);
    }

    private static String idOf(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body()).path("summary").path("id").asText();
        } catch (IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    private void awaitNoticesSent(int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (weChat.subscribeMessages().size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private int count(String sql) throws Exception {
        try (Connection connection = Drain.connect(databasePort);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private Path directory(String name) throws IOException {
        return Files.createDirectories(workDirectory.resolve(name));
    }

    private Map<String, String> deployment() {
        Map<String, String> environment = Deployment.on(database);
        environment.put("GONGHUI_WECHAT_API_HOST", weChat.address());
        environment.put("GONGHUI_NOTIFICATION_DEFAULT_TEMPLATE", "it-template");
        environment.put("GONGHUI_NOTIFICATION_DELIVER_EVERY", "1s");
        // the clients here are a few test threads standing for thousands of phones
        environment.put("GONGHUI_RATE_LIMITS_SIGN_IN_CAPACITY", "1000000");
        environment.put("GONGHUI_RATE_LIMITS_WRITE_CAPACITY", "1000000");
        environment.put("GONGHUI_RATE_LIMITS_READ_CAPACITY", "1000000");
        return environment;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
