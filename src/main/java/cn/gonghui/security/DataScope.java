package cn.gonghui.security;

import cn.gonghui.platform.database.ListParameters;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which objects a caller may see, as a condition every query adds in SQL: the streets of an
 * officer, the own records of a member, everything for an administrator, nothing otherwise. A
 * list therefore never holds an object outside the scope, and a single object outside it is not
 * found (404), exactly as if it did not exist.
 */
public sealed interface DataScope {

    record Streets(Set<UUID> ids) implements DataScope {
    }

    record OwnRecords(UUID memberId) implements DataScope {
    }

    record Everything() implements DataScope {
    }

    record Nothing() implements DataScope {
    }

    /**
     * The HQL condition for an object reached by {@code streetPath} (e.g. {@code a.streetId}) and
     * {@code memberPath} (e.g. {@code m.id}); its parameters are added to {@code parameters}.
     */
    default String condition(String streetPath, String memberPath, Map<String, Object> parameters) {
        if (this instanceof Streets streets) {
            // as single parameters, so that Hibernate keeps the translation of every query this is added to
            return streets.ids().isEmpty() ? "1 = 0"
                    : ListParameters.in(streetPath, "scopeStreets", streets.ids(), parameters);
        }
        if (this instanceof OwnRecords own) {
            parameters.put("scopeMember", own.memberId());
            return memberPath + " = :scopeMember";
        }
        return this instanceof Everything ? "1 = 1" : "1 = 0";
    }
}
