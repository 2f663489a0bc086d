package cn.gonghui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.security.DataScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The member scope stays index-backed: PostgreSQL's plans for an officer's page of members, and for
 * one member, reach members, memberships and applications through indexes only. The test tables are
 * small, where a sequential scan is cheaper and always chosen, so sequential scans are priced out
 * for the EXPLAIN: a plan that still holds one would have had no index to use.
 */
@QuarkusTest
class MemberScopePlanTest {

    private static final UUID DESHENG = UUID.fromString("01a20144-3ae5-7c67-86d3-0c37eab30dcf");
    private static final Set<String> LARGE_TABLES = Set.of("members", "memberships", "applications");

    @Inject
    MemberScope scope;

    @Inject
    EntityManager entityManager;

    @Test
    void aPageOfAStreetOfficersMembersIsReadThroughIndexes() {
        Map<String, Object> parameters = new HashMap<>();
        String condition = scope.condition(new DataScope.Streets(Set.of(DESHENG, UUID.randomUUID())), Optional.empty(),
                parameters);
        parameters.put("after", UUID.fromString("00000000-0000-7000-8000-000000000000"));
        assertIndexOnly(plan("SELECT m.* FROM members m WHERE " + condition + " AND m.id > :after ORDER BY m.id LIMIT 21",
                parameters));
    }

    @Test
    void aPageOfAStreetOfficersImportedMembersIsReadThroughIndexes() {
        Map<String, Object> parameters = new HashMap<>();
        String condition = scope.condition(new DataScope.Streets(Set.of(DESHENG, UUID.randomUUID())), Optional.empty(),
                Optional.of("imported"), parameters);
        parameters.put("after", UUID.fromString("00000000-0000-7000-8000-000000000000"));
        assertIndexOnly(plan("SELECT m.* FROM members m WHERE " + condition + " AND m.id > :after ORDER BY m.id LIMIT 21",
                parameters));
    }

    @Test
    void oneMemberInScopeIsProbedThroughIndexes() {
        Map<String, Object> parameters = new HashMap<>();
        String condition = scope.condition(new DataScope.Streets(Set.of(DESHENG)), Optional.empty(), parameters);
        parameters.put("id", UUID.randomUUID());
        assertIndexOnly(plan("SELECT m.* FROM members m WHERE m.id = :id AND " + condition, parameters));
    }

    private static void assertIndexOnly(String plan) {
        for (String table : LARGE_TABLES) {
            assertThat(plan).as(plan).doesNotContainPattern("Seq Scan on " + table + "\\b");
        }
        assertThat(plan).contains("Index");
    }

    @SuppressWarnings("unchecked")
    private String plan(String sql, Map<String, Object> parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
            Query explain = entityManager.createNativeQuery("EXPLAIN " + sql);
            parameters.forEach(explain::setParameter);
            return String.join("\n", (List<String>) explain.getResultList());
        });
    }
}
