package cn.gonghui.review;

import cn.gonghui.membership.Memberships;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.review.ReviewViews.Answer;
import cn.gonghui.review.ReviewViews.QuestionView;
import cn.gonghui.review.ReviewViews.Rating;
import cn.gonghui.review.ReviewViews.Receipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A member answers a round of her union's street once, while it is open: every question rated once
 * within its scale. The unique index on (round, member) holds the "once" whatever races; the second
 * of two answers at once waits for the first and is told it answered already.
 */
@ApplicationScoped
public class ReviewAnswers {

    private final EntityManager entityManager;
    private final ReviewQuestions questions;
    private final Memberships memberships;
    private final Clock clock;

    public ReviewAnswers(EntityManager entityManager, ReviewQuestions questions, Memberships memberships, Clock clock) {
        this.entityManager = entityManager;
        this.questions = questions;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Transactional
    public Receipt answer(UUID memberId, UUID roundId, Answer answer) {
        UUID street = memberships.activeOf(memberId).map(Memberships.MembershipRef::streetId).orElse(null);
        // shared: answers go on side by side, while publishing (which locks the row) waits for them
        ReviewRound round = ReviewRound.findById(roundId, LockModeType.PESSIMISTIC_READ);
        if (round == null || !round.streetId.equals(street)) {
            throw ApiProblem.notFound("REVIEW_NOT_FOUND", roundId);
        }
        Instant now = clock.instant();
        if (ReviewPhase.of(round, now) != ReviewPhase.OPEN) {
            throw ApiProblem.conflict("REVIEW_NOT_OPEN").with("opensAt", round.opensAt).with("closesAt", round.closesAt);
        }
        List<Short> ratings = ratings(questions.of(roundId), answer.ratings());
        UUID answerId = Ids.newId();
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO review_answers (id, round_id, member_id, answered_at) VALUES (:id, :round, :member, :now)
                        ON CONFLICT (round_id, member_id) DO NOTHING""")
                .setParameter("id", answerId).setParameter("round", roundId).setParameter("member", memberId)
                .setParameter("now", now).executeUpdate();
        if (inserted == 0) {
            throw ApiProblem.conflict("REVIEW_ALREADY_ANSWERED");
        }
        for (int position = 0; position < ratings.size(); position++) {
            entityManager.createNativeQuery("""
                            INSERT INTO review_ratings (answer_id, position, rating) VALUES (:answer, :position, :rating)""")
                    .setParameter("answer", answerId).setParameter("position", (short) position)
                    .setParameter("rating", ratings.get(position)).executeUpdate();
        }
        return new Receipt(roundId, now);
    }

    /** The ratings in the questions' order, or a 422 naming every fault. */
    private static List<Short> ratings(List<QuestionView> asked, List<Rating> given) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            positions.put(asked.get(i).code(), i);
        }
        Short[] ordered = new Short[asked.size()];
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Rating rating = given.get(i);
            Integer position = positions.get(rating.code());
            if (position == null) {
                errors.add(FieldError.of("ratings[" + i + "].code", "UNKNOWN_QUESTION"));
            } else if (ordered[position] != null) {
                errors.add(FieldError.of("ratings[" + i + "].code", "DUPLICATE_CODE"));
            } else if (rating.rating() > asked.get(position).scaleMax()) {
                errors.add(FieldError.of("ratings[" + i + "].rating", "ABOVE_SCALE"));
            } else {
                ordered[position] = rating.rating().shortValue();
            }
        }
        for (int i = 0; i < asked.size(); i++) {
            if (ordered[i] == null && errors.isEmpty()) {
                errors.add(FieldError.of("ratings", "QUESTION_UNANSWERED"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(422, "REVIEW_ANSWER_INVALID", errors);
        }
        return List.of(ordered);
    }
}
