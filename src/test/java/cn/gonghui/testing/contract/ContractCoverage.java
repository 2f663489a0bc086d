package cn.gonghui.testing.contract;

import cn.gonghui.testing.contract.Contract.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which documented operations, and which of their documented statuses, the suite's calls
 * produced. Written when the test JVM ends to {@code target/contract-coverage.txt}: the
 * operations never called and the documented statuses never seen, then the totals. The
 * packaged-jar tests run in a JVM of their own and write theirs beside it
 * ({@code -Dcontract.coverage-report}, set by the build).
 */
final class ContractCoverage {

    static final Path REPORT = Path.of(System.getProperty("contract.coverage-report", "target/contract-coverage.txt"));
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ContractCoverage::write, "contract-coverage"));
    }

    private ContractCoverage() {
    }

    static void record(Operation operation, int status) {
        SEEN.add(operation.id() + " " + status);
    }

    private static void write() {
        if (SEEN.isEmpty()) {
            return;
        }
        Contract contract = Contract.load();
        Set<String> uncalled = new TreeSet<>();
        Set<String> unseen = new TreeSet<>();
        int operations = 0;
        int statuses = 0;
        int statusesSeen = 0;
        for (Operation operation : contract.operations()) {
            operations++;
            boolean called = SEEN.stream().anyMatch(seen -> seen.startsWith(operation.id() + " "));
            if (!called) {
                uncalled.add(operation.id());
            }
            for (var status = operation.node().path("responses").fieldNames(); status.hasNext(); ) {
                String code = status.next();
                statuses++;
                if (SEEN.contains(operation.id() + " " + code)) {
                    statusesSeen++;
                } else {
                    unseen.add(operation.id() + " " + code);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("operations called: " + (operations - uncalled.size()) + " of " + operations);
        lines.add("documented statuses produced: " + statusesSeen + " of " + statuses);
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
