package cn.gonghui.activity;

import static cn.gonghui.activity.ActivityFixtures.published;
import static cn.gonghui.activity.ActivityFixtures.register;
import static cn.gonghui.activity.ActivityFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.AtOnce;
import cn.gonghui.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The flash sign-up: 200 members press sign-up at the same moment for 20 places and a waiting list
 * of 30, twenty of them twice. The database counts the places, so exactly 20 are confirmed, the
 * waiting list holds 30 in an unbroken order, everyone else hears ACTIVITY_FULL (or, pressing
 * twice, ALREADY_REGISTERED), nobody holds two registrations, and nothing answers 5xx.
 */
@QuarkusTest
class FlashSignUpTest {

    private static final int MEMBERS = 200;
    private static final int PLACES = 20;
    private static final int WAITLIST = 30;
    private static final int PRESSING_TWICE = 20;

    @Inject
    TestAccounts accounts;

    @Inject
    ActivityFixtures fixtures;

    @Inject
    EntityManager entityManager;

    @Test
    void twoHundredMembersAtOnceNeverOverbookTwentyPlaces() throws Exception {
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String id = published(officer, request("desheng", ActivityFixtures.freshDay(), PLACES, WAITLIST));
        List<TestAccounts.SignedIn> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(TestAccounts.newMember());
        }
        List<Callable<Response>> presses = new ArrayList<>();
        members.forEach(member -> presses.add(() -> register(member, id)));
        members.subList(0, PRESSING_TWICE).forEach(member -> presses.add(() -> register(member, id)));

        long started = System.nanoTime();
        @SuppressWarnings("unchecked")
        List<Response> answers = AtOnce.run(presses.toArray(new Callable[0]));
        System.out.printf("[flash sign-up] %d presses answered in %d ms%n", presses.size(),
                (System.nanoTime() - started) / 1_000_000);

        Map<String, Long> byOutcome = answers.stream().collect(Collectors.groupingBy(FlashSignUpTest::outcome,
                Collectors.counting()));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isLessThan(500));
        assertThat(byOutcome.get("confirmed")).isEqualTo(PLACES);
        assertThat(byOutcome.get("waitlisted")).isEqualTo(WAITLIST);
        assertThat(byOutcome.get("ACTIVITY_FULL") + byOutcome.getOrDefault("ALREADY_REGISTERED", 0L))
                .isEqualTo(MEMBERS + PRESSING_TWICE - PLACES - WAITLIST);
        assertThat(byOutcome.keySet()).containsOnly("confirmed", "waitlisted", "ACTIVITY_FULL", "ALREADY_REGISTERED");

        assertThat(fixtures.counters(id)).containsExactly(PLACES, WAITLIST);
        assertThat(fixtures.registrations(id, "confirmed")).isEqualTo(PLACES);
        assertThat(fixtures.registrations(id, "waitlisted")).isEqualTo(WAITLIST);
        assertThat(membersHoldingTwo(id)).isZero();
        assertThat(waitingOrder(id)).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, WAITLIST).boxed().toList());
        List<Integer> positions = answers.stream().filter(answer -> "waitlisted".equals(outcome(answer)))
                .map(answer -> answer.<Integer>path("waitlistPosition")).sorted().toList();
        assertThat(positions).doesNotHaveDuplicates().allSatisfy(position -> assertThat(position).isBetween(1, WAITLIST));
    }

    private static String outcome(Response answer) {
        return answer.statusCode() == 201 ? answer.path("status") : answer.path("code");
    }

    private long membersHoldingTwo(String activityId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM (SELECT member_id FROM activity_registrations WHERE activity_id = :id
                                               GROUP BY member_id HAVING count(*) > 1) twice""")
                .setParameter("id", UUID.fromString(activityId)).getSingleResult()).longValue());
    }

    private List<Long> waitingOrder(String activityId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        SELECT waitlist_seq FROM activity_registrations WHERE activity_id = :id AND status = 'waitlisted'
                         ORDER BY waitlist_seq""", Long.class)
                .setParameter("id", UUID.fromString(activityId)).getResultList());
    }

}
