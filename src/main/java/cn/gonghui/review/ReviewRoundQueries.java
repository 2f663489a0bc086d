package cn.gonghui.review;

import cn.gonghui.membership.Memberships;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.database.ReadOnlyTransaction;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.review.ReviewViews.OpenRoundView;
import cn.gonghui.review.ReviewViews.QuestionView;
import cn.gonghui.review.ReviewViews.RoundView;
import cn.gonghui.security.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The lists of rounds: officers', within their streets, the newest opening first
 * (review_rounds_by_street / _by_opening); members', the rounds of their union's street open now,
 * the soonest closing first (review_rounds_collecting_by_street), each saying whether she answered.
 */
@ApplicationScoped
@ReadOnlyTransaction
public class ReviewRoundQueries {

    private final EntityManager entityManager;
    private final ReviewRoundViews views;
    private final ReviewQuestions questions;
    private final Memberships memberships;
    private final StreetQueries places;
    private final Clock clock;

    public ReviewRoundQueries(EntityManager entityManager, ReviewRoundViews views, ReviewQuestions questions,
            Memberships memberships, StreetQueries places, Clock clock) {
        this.entityManager = entityManager;
        this.views = views;
        this.questions = questions;
        this.memberships = memberships;
        this.places = places;
        this.clock = clock;
    }

    public Page<RoundView> forOfficers(DataScope scope, PageParams page) {
        KeysetQuery<ReviewRound> query = KeysetQuery.jpql("select r from ReviewRound r", ReviewRound.class)
                .where(parameters -> scope.condition("r.streetId", "r.id", parameters))
                .orderBy(Direction.DESCENDING, SortKey.instant("r.opensAt"), SortKey.uuid("r.id")).page(page);
        List<ReviewRound> rows = query.fetch(entityManager);
        Map<UUID, RoundView> byId = new HashMap<>();
        views.views(rows).forEach(view -> byId.put(view.id(), view));
        return query.toPage(rows, round -> Cursor.of(round.opensAt, round.id), round -> byId.get(round.id));
    }

    public Page<OpenRoundView> openFor(UUID memberId, PageParams page) {
        Optional<UUID> street = memberships.activeOf(memberId).map(Memberships.MembershipRef::streetId);
        Instant now = clock.instant();
        KeysetQuery<ReviewRound> query = KeysetQuery.jpql("select r from ReviewRound r", ReviewRound.class)
                .where("r.streetId = :street", "street", street.orElse(new UUID(0, 0)))
                .where("r.status = :collecting", "collecting", ReviewRoundStatus.COLLECTING)
                .where("r.opensAt <= :now and r.closesAt > :now", "now", now)
                .orderBy(Direction.ASCENDING, SortKey.instant("r.closesAt"), SortKey.uuid("r.id")).page(page);
        List<ReviewRound> rows = street.isPresent() ? query.fetch(entityManager) : List.of();
        List<UUID> ids = rows.stream().map(round -> round.id).toList();
        Map<UUID, List<QuestionView>> asked = questions.of(ids);
        Set<UUID> answered = answered(memberId, ids);
        return query.toPage(rows, round -> Cursor.of(round.closesAt, round.id), round -> new OpenRoundView(round.id,
                ReviewRoundViews.street(round.streetId, places), round.title, round.opensAt, round.closesAt,
                asked.getOrDefault(round.id, List.of()), answered.contains(round.id)));
    }

    private Set<UUID> answered(UUID memberId, List<UUID> roundIds) {
        if (roundIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> rows = entityManager.createNativeQuery("""
                        SELECT round_id FROM review_answers WHERE member_id = :member AND round_id IN (:rounds)""", UUID.class)
                .setParameter("member", memberId).setParameter("rounds", roundIds).getResultList();
        return new HashSet<>(rows);
    }
}
