package cn.gonghui.statistics;

import jakarta.persistence.Query;
import java.util.Map;

/** Binds a data scope's parameters to a statistics query, the ones its condition names. */
final class ScopeParameters {

    private ScopeParameters() {
    }

    /** An empty scope is the condition {@code 1 = 0}, which names none of the parameters it was given. */
    static Query bind(Query query, String condition, Map<String, Object> parameters) {
        parameters.forEach((name, value) -> {
            if (condition.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }
}
