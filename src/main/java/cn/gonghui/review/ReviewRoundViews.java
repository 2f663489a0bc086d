package cn.gonghui.review;

import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.review.ReviewViews.QuestionView;
import cn.gonghui.review.ReviewViews.RoundView;
import cn.gonghui.review.ReviewViews.StreetView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rounds as officers see them: with their questions and the number of answers, a page in three queries. */
@ApplicationScoped
class ReviewRoundViews {

    private final EntityManager entityManager;
    private final ReviewQuestions questions;
    private final StreetQueries places;
    private final Clock clock;

    ReviewRoundViews(EntityManager entityManager, ReviewQuestions questions, StreetQueries places, Clock clock) {
        this.entityManager = entityManager;
        this.questions = questions;
        this.places = places;
        this.clock = clock;
    }

    Versioned<RoundView> versioned(ReviewRound round) {
        return new Versioned<>(views(List.of(round)).get(0), round.version);
    }

    List<RoundView> views(List<ReviewRound> rounds) {
        List<UUID> ids = rounds.stream().map(round -> round.id).toList();
        Map<UUID, List<QuestionView>> asked = questions.of(ids);
        Map<UUID, Long> answers = answerCounts(ids);
        Instant now = clock.instant();
        return rounds.stream().map(round -> new RoundView(round.id, street(round.streetId, places), round.title,
                round.opensAt, round.closesAt, ReviewPhase.of(round, now).code(), asked.getOrDefault(round.id, List.of()),
                answers.getOrDefault(round.id, 0L), round.disclosureId, round.publishedAt, round.createdAt)).toList();
    }

    static StreetView street(UUID streetId, StreetQueries places) {
        StreetQueries.StreetRef street = places.find(streetId).orElseThrow();
        return new StreetView(street.code(), street.name());
    }

    private Map<UUID, Long> answerCounts(Collection<UUID> ids) {
        Map<UUID, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT round_id, count(*) FROM review_answers WHERE round_id IN (:rounds) GROUP BY round_id""")
                .setParameter("rounds", ids).getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
