package cn.gonghui.testing.contract;

import cn.gonghui.testing.contract.Contract.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which documented operations, and which of their documented statuses, the suite's calls
 * produced. Written when the test JVM ends to {@code target/contract-coverage.txt}: the
 * operations never called and the documented statuses never seen, then the totals. The
 * packaged-jar tests run in a JVM of their own and write theirs beside it
 * ({@code -Dcontract.coverage-report}, set by the build).
 *
 * <p>A test profile restarts Quarkus in a new class loader, which loads this class again with
 * its own set and its own shutdown hook. Each hook therefore adds its calls to a union kept in
 * a system property (plain text, which every loader reads alike) and writes the report from
 * that union, one hook at a time, so the last one to run counts every test's calls. The hooks
 * use JDK types only: an earlier loader may be closed by the time they run.
 */
final class ContractCoverage {

    static final Path REPORT = Path.of(System.getProperty("contract.coverage-report", "target/contract-coverage.txt"));
    private static final String UNION_PROPERTY = "gonghui.contract-coverage.seen";
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();
    private static final Map<String, List<String>> DOCUMENTED_STATUSES = documentedStatuses();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ContractCoverage::write, "contract-coverage"));
    }

    private ContractCoverage() {
    }

    static void record(Operation operation, int status) {
        SEEN.add(operation.id() + " " + status);
    }

    private static Map<String, List<String>> documentedStatuses() {
        Map<String, List<String>> statuses = new LinkedHashMap<>();
        for (Operation operation : Contract.load().operations()) {
            List<String> codes = new ArrayList<>();
            operation.node().path("responses").fieldNames().forEachRemaining(codes::add);
            statuses.put(operation.id(), codes);
        }
        return statuses;
    }

    private static void write() {
        if (SEEN.isEmpty()) {
            return;
        }
        synchronized (UNION_PROPERTY) { // an interned constant: one monitor for every loader
            Set<String> union = new TreeSet<>(SEEN);
            String earlier = System.getProperty(UNION_PROPERTY);
            if (earlier != null) {
                union.addAll(List.of(earlier.split("\n")));
            }
            System.setProperty(UNION_PROPERTY, String.join("\n", union));
            writeReport(union);
        }
    }

    private static void writeReport(Set<String> seen) {
        Set<String> uncalled = new TreeSet<>();
        Set<String> unseen = new TreeSet<>();
        int statuses = 0;
        for (var operation : DOCUMENTED_STATUSES.entrySet()) {
            String id = operation.getKey();
            if (seen.stream().noneMatch(call -> call.startsWith(id + " "))) {
                uncalled.add(id);
            }
            for (String code : operation.getValue()) {
                statuses++;
                if (!seen.contains(id + " " + code)) {
                    unseen.add(id + " " + code);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("operations called: " + (DOCUMENTED_STATUSES.size() - uncalled.size()) + " of " + DOCUMENTED_STATUSES.size());
        lines.add("documented statuses produced: " + (statuses - unseen.size()) + " of " + statuses);
        lines.add("");
        lines.add("# operations never called");
        lines.addAll(uncalled);
        lines.add("");
        lines.add("# documented statuses never produced");
        lines.addAll(unseen);
        try {
            Files.createDirectories(REPORT.getParent());
            Files.write(REPORT, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
