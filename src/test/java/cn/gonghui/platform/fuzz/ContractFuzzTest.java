package cn.gonghui.platform.fuzz;

import static org.assertj.core.api.Assertions.fail;

import cn.gonghui.testing.LogCapture;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * Hostile input (issue 21): requests derived from the committed contract for every operation, as every
 * kind of caller, mostly broken in one place. Whatever arrives, the service answers without a 5xx, with a
 * problem document for every error and with nothing of its implementation in a body or header.
 *
 * <p>The run is repeatable: one seed drives every choice ({@code -Dfuzz.seed}, printed at the start), and
 * {@code -Dfuzz.requests-per-operation} sets its size. jqwik's {@code @Property} runs on its own engine,
 * without the Quarkus JUnit extension that starts the application, so a seeded {@link Random} drives the
 * generation inside this ordinary {@code @QuarkusTest}.
 */
@QuarkusTest
class ContractFuzzTest {

    static final long DEFAULT_SEED = 20261206L;
    static final int DEFAULT_REQUESTS_PER_OPERATION = 80;
    static final Path FAILURES = Path.of("target", "contract-fuzz-failures.txt");
    static final Path SENT = Path.of("target", "contract-fuzz-requests.txt");

    @Inject
    TestAccounts accounts;

    @Test
    void everyOperationAnswersHostileInputWithAProblemDocumentNeverA5xxNorAStackTrace() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int perOperation = Integer.getInteger("fuzz.requests-per-operation", DEFAULT_REQUESTS_PER_OPERATION);
        System.out.printf("[contract fuzz] seed %d (-Dfuzz.seed), %d requests per operation%n", seed, perOperation);

        FuzzData data = FuzzData.rememberStations();
        TestAccounts.SignedIn worker = TestApplications.identifiedMember("desheng");
        Callers callers = Callers.create(accounts, worker);
        Random random = new Random(seed);
        Vocabulary vocabulary = new Vocabulary(FuzzData.create(accounts, worker), random);
        RequestMaker maker = new RequestMaker(new SchemaValues(Contract.committed(), vocabulary, random), vocabulary, random);
        List<Operation> operations = Contract.committed().operations();
        RawHttp http = new RawHttp("localhost", RestAssured.port);
        ResponseChecks checks = new ResponseChecks(true);
        Findings findings = new Findings();
        Map<String, String> causes;
        StringBuilder sentLog = new StringBuilder();

        long started = System.nanoTime();
        int sent = 0;
        try (LogCapture log = LogCapture.start()) {
            for (Operation operation : operations) {
                for (int n = 0; n < perOperation; n++) {
                    FuzzRequest request = maker.make(operation, callers.of(operation, n));
                    String requestId = "fuzz-" + seed + "-" + ++sent;
                    RawHttp.Answer answer = http.send(request, requestId);
                    findings.add(request, requestId, answer, checks.check(request, answer));
                    sentLog.append(requestId).append(" | ").append(answer.status()).append(" | ")
                            .append(operation.key()).append(" | ").append(request.caller()).append(" | ")
                            .append(request.what()).append('\n');
                }
            }
            causes = loggedCauses(log.records());
        } finally {
            data.removeNewStations();
        }
        Files.writeString(SENT, sentLog);
        Files.deleteIfExists(FAILURES);
        System.out.printf("[contract fuzz] seed %d: %d requests to %d operations in %d s, %d broke a rule%n", seed, sent,
                operations.size(), (System.nanoTime() - started) / 1_000_000_000L, findings.requestsAffected());

        if (!findings.isEmpty()) {
            Files.writeString(FAILURES, findings.eachRequest());
            System.out.println("[contract fuzz] every failing request:\n" + findings.eachRequest());
            fail(findings.report(seed, sent, causes::get) + "\nEvery failing request: " + FAILURES
                    + "; every request sent: " + SENT);
        }
    }

    /** The first failure the server logged for each request: the cause behind a 5xx's bare problem document. */
    private static Map<String, String> loggedCauses(List<ExtLogRecord> records) {
        Map<String, String> causes = new HashMap<>();
        for (ExtLogRecord record : records) {
            Object requestId = record.getMdc("requestId");
            if (requestId != null && record.getThrown() != null) {
                Throwable root = record.getThrown();
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                // the log holds redacted copies of the exceptions; their toString names the original class
                causes.putIfAbsent(requestId.toString(), Excerpt.of(record.getThrown().toString(), 160)
                        + (root == record.getThrown() ? "" : " (root " + Excerpt.of(root.toString(), 160) + ")"));
            }
        }
        return causes;
    }
}
