package cn.gonghui.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The clause a keyset query builds, without a database: filters, the cursor's position, the order. */
class KeysetQueryTest {

    private static final UUID LAST_ID = UUID.fromString("0193a6b0-0000-7000-8000-000000000001");
    private static final Instant LAST_AT = Instant.parse("2026-11-30T01:30:00Z");

    @Test
    void theFirstPageHasOnlyTheFiltersGivenAndTheOrder() {
        KeysetQuery<Object> query = KeysetQuery.jpql("select o from CardOrder o", Object.class)
                .whereEqual("o.status", "status", "ordered")
                .whereEqual("o.kind", "kind", null)
                .orderBy(Direction.ASCENDING, SortKey.uuid("o.id"))
                .page(new PageParams(20, null));

        assertThat(query.text()).isEqualTo("select o from CardOrder o where o.status = :status order by o.id");
        assertThat(query.parameters()).isEqualTo(Map.of("status", "ordered"));
    }

    @Test
    void withoutFiltersThereIsNoWhere() {
        KeysetQuery<Object> query = KeysetQuery.jpql("select f from Facility f", Object.class)
                .orderBy(Direction.ASCENDING, SortKey.integer("f.displayOrder"));

        assertThat(query.text()).isEqualTo("select f from Facility f order by f.displayOrder");
    }

    @Test
    void aNextPageStartsAfterTheIdOfTheCursor() {
        KeysetQuery<Object> query = KeysetQuery.jpql("select m from MemberMessage m", Object.class)
                .where("m.memberId = :member", "member", LAST_ID)
                .orderBy(Direction.DESCENDING, SortKey.uuid("m.id"))
                .page(new PageParams(5, Cursor.of(LAST_ID).encode()));

        assertThat(query.text())
                .isEqualTo("select m from MemberMessage m where m.memberId = :member and m.id < :after0 order by m.id desc");
        assertThat(query.parameters()).containsEntry("after0", LAST_ID);
    }

    @Test
    void twoSortKeysInJpqlAreBeyondTheFirstOrEqualOnItAndBeyondTheSecond() {
        KeysetQuery<Object> query = KeysetQuery.jpql("select s from Street s join fetch s.district d", Object.class)
                .orderBy(Direction.ASCENDING, SortKey.text("d.code"), SortKey.integer("s.displayOrder"))
                .page(new PageParams(20, Cursor.of("xicheng", 3).encode()));

        assertThat(query.text()).isEqualTo("select s from Street s join fetch s.district d where (d.code > :after0 "
                + "or (d.code = :after0 and s.displayOrder > :after1)) order by d.code, s.displayOrder");
        assertThat(query.parameters()).containsEntry("after0", "xicheng").containsEntry("after1", 3);
    }

    @Test
    void twoSortKeysInSqlAreOneRowComparison() {
        KeysetQuery<Object[]> query = KeysetQuery.sql("SELECT id, at FROM audit_events", Object[].class)
                .whereEqual("action", "action", "member.pii_view")
                .orderBy(Direction.DESCENDING, SortKey.instant("at"), SortKey.uuid("id"))
                .page(new PageParams(20, Cursor.of(LAST_AT, LAST_ID).encode()));

        assertThat(query.text()).isEqualTo("SELECT id, at FROM audit_events where action = :action "
                + "and (at, id) < (:after0, :after1) order by at desc, id desc");
        assertThat(query.parameters()).containsEntry("after0", LAST_AT).containsEntry("after1", LAST_ID);
    }

    @Test
    void aConditionMayWriteItsOwnParameters() {
        KeysetQuery<Object> query = KeysetQuery.jpql("select a from Application a", Object.class)
                .where(parameters -> {
                    parameters.put("scope", List.of(LAST_ID));
                    return "a.street.id in :scope";
                })
                .orderBy(Direction.ASCENDING, SortKey.uuid("a.id"));

        assertThat(query.text()).isEqualTo("select a from Application a where a.street.id in :scope order by a.id");
        assertThat(query.parameters()).containsEntry("scope", List.of(LAST_ID));
    }

    @Test
    void aCursorOfAnotherListOrAlteredIsABadRequest() {
        String oneKey = Cursor.of(LAST_ID).encode();
        assertInvalid(streets(oneKey));
        assertInvalid(streets(Cursor.of("xicheng", "three").encode()));
        assertInvalid(streets(Cursor.of("xicheng", Long.MAX_VALUE).encode()));
        assertInvalid(KeysetQuery.jpql("select o from CardOrder o", Object.class)
                .orderBy(Direction.ASCENDING, SortKey.uuid("o.id")).page(new PageParams(20, Cursor.of("o-1").encode())));
        assertThatThrownBy(() -> new PageParams(20, "not*base64").after())
                .isInstanceOf(ApiProblem.class).extracting("code").isEqualTo("INVALID_CURSOR");
    }

    private static KeysetQuery<Object> streets(String cursor) {
        return KeysetQuery.jpql("select s from Street s", Object.class)
                .orderBy(Direction.ASCENDING, SortKey.text("d.code"), SortKey.integer("s.displayOrder"))
                .page(new PageParams(20, cursor));
    }

    private static void assertInvalid(KeysetQuery<Object> query) {
        assertThatThrownBy(query::text).isInstanceOf(ApiProblem.class)
                .satisfies(problem -> {
                    assertThat(((ApiProblem) problem).status()).isEqualTo(400);
                    assertThat(((ApiProblem) problem).code()).isEqualTo("INVALID_CURSOR");
                });
    }
}
