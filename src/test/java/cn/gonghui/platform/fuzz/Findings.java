package cn.gonghui.platform.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every broken rule of a run, kept to the end so that one run lists them all. The report groups them by
 * kind, operation, status and what was sent, each group with its first request, answer and cause.
 */
final class Findings {

    /** One request that broke a rule, with the id the server logged it under. */
    record Finding(FuzzRequest request, String requestId, RawHttp.Answer answer, ResponseChecks.Violation violation) {

        String group() {
            return violation.kind() + " | " + request.operation().key() + " | " + answer.status() + " | "
                    + request.what();
        }
    }

    private final List<Finding> all = new ArrayList<>();

    void add(FuzzRequest request, String requestId, RawHttp.Answer answer, List<ResponseChecks.Violation> violations) {
        violations.forEach(violation -> all.add(new Finding(request, requestId, answer, violation)));
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    int size() {
        return all.size();
    }

    long requestsAffected() {
        return all.stream().map(Finding::requestId).distinct().count();
    }

    /** The report: counts by kind, then each group once with an example; {@code causes} reads the server's log. */
    String report(long seed, int requests, Function<String, String> causes) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        all.forEach(finding -> groups.computeIfAbsent(finding.group(), key -> new ArrayList<>()).add(finding));
        StringBuilder report = new StringBuilder();
        report.append("Contract fuzz, seed ").append(seed).append(" (rerun with -Dfuzz.seed=").append(seed)
                .append("): ").append(requestsAffected()).append(" of ").append(requests)
                .append(" requests broke a rule, in ").append(groups.size()).append(" groups\n");
        Map<String, Long> byKind = new LinkedHashMap<>();
        all.forEach(finding -> byKind.merge(finding.violation().kind(), 1L, Long::sum));
        byKind.forEach((kind, count) -> report.append("  ").append(kind).append(": ").append(count).append('\n'));
        groups.forEach((group, findings) -> {
            Finding first = findings.get(0);
            report.append("\n* ").append(group).append("  (").append(findings.size()).append("x)\n")
                    .append("    ").append(first.violation().detail()).append('\n')
                    .append("    request ").append(first.requestId()).append(": ").append(first.request().describe())
                    .append("\n    answer ").append(first.answer().status()).append(' ')
                    .append(Objects.requireNonNullElse(first.answer().header("Content-Type"), "(no Content-Type)"))
                    .append(": ")
                    .append(Excerpt.of(first.answer().body(), 200)).append('\n');
            String cause = causes.apply(first.requestId());
            if (cause != null) {
                report.append("    logged cause: ").append(cause).append('\n');
            }
        });
        return report.toString();
    }

    /** Every failing request, one line each, for the file the test writes beside the report. */
    String eachRequest() {
        StringBuilder lines = new StringBuilder();
        all.forEach(finding -> lines.append(finding.requestId()).append(" | ").append(finding.group()).append(" | ")
                .append(finding.violation().detail()).append(" | ")
                .append(finding.request().describe().replace("\n      ", " ; ")).append('\n'));
        return lines.toString();
    }
}
