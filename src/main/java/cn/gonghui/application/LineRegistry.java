package cn.gonghui.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Finds the rules of a line; a line with none runs on configuration alone. */
@ApplicationScoped
public class LineRegistry {

    /** What a line on configuration alone reads of its forms: nothing. */
    private record NothingRead() {
    }

    /** A line on configuration alone: its approval does nothing a withdrawal would have to take back. */
    private static final LineRules<NothingRead> NONE = new LineRules<>() {

        @Override
        public Set<String> lines() {
            return Set.of();
        }

        @Override
        public Class<NothingRead> formView() {
            return NothingRead.class;
        }

        @Override
        public WithdrawalAfterApproval withdrawalAfterApproval(String line) {
            return WithdrawalAfterApproval.ALLOWED;
        }
    };

    private final Map<String, LineRules<?>> byLine = new HashMap<>();

    public LineRegistry(Instance<LineRules<?>> all) {
        for (LineRules<?> rules : all) {
            for (String line : rules.lines()) {
                if (byLine.put(line, rules) != null) {
                    throw new IllegalStateException("Two rule sets claim line " + line);
                }
            }
        }
    }

    public LineRules<?> rulesOf(String line) {
        return byLine.getOrDefault(line, NONE);
    }
}
