package cn.gonghui.review;

import cn.gonghui.disclosure.DisclosureViews.QuestionResult;
import cn.gonghui.disclosure.DisclosureViews.RatingCount;
import cn.gonghui.disclosure.DisclosureViews.ReviewResults;
import cn.gonghui.review.ReviewViews.QuestionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A round's results, counted by one grouped statement: the ratings per question and value, and (the
 * grand-total grouping set) the answers. Below {@link #SMALLEST_PUBLISHED} answers only "&lt;5" is
 * shown, as for the public service ratings: no question, no count, no average. No answer is ever
 * read per member.
 */
@ApplicationScoped
class ReviewResultsCount {

    static final int SMALLEST_PUBLISHED = 5;

    private final EntityManager entityManager;

    ReviewResultsCount(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    ReviewResults of(UUID roundId, List<QuestionView> questions) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT GROUPING(r.position) AS total, r.position, r.rating, count(r.rating), count(DISTINCT a.id)
                          FROM review_answers a
                          LEFT JOIN review_ratings r ON r.answer_id = a.id
                         WHERE a.round_id = :round
                         GROUP BY GROUPING SETS ((r.position, r.rating), ())""")
                .setParameter("round", roundId).getResultList();
        long answers = 0;
        long[][] counts = new long[questions.size()][];
        for (int i = 0; i < questions.size(); i++) {
            counts[i] = new long[questions.get(i).scaleMax()];
        }
        for (Object[] row : rows) {
            if (((Number) row[0]).intValue() == 1) {
                answers = ((Number) row[4]).longValue();
            } else if (row[1] != null) {
                counts[((Number) row[1]).intValue()][((Number) row[2]).intValue() - 1] = ((Number) row[3]).longValue();
            }
        }
        if (answers < SMALLEST_PUBLISHED) {
            return new ReviewResults("<" + SMALLEST_PUBLISHED, true, List.of());
        }
        List<QuestionResult> results = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            results.add(result(questions.get(i), counts[i]));
        }
        return new ReviewResults(Long.toString(answers), false, results);
    }

    private static QuestionResult result(QuestionView question, long[] counts) {
        long ratings = 0;
        long sum = 0;
        List<RatingCount> perValue = new ArrayList<>();
        for (int value = 1; value <= counts.length; value++) {
            ratings += counts[value - 1];
            sum += value * counts[value - 1];
            perValue.add(new RatingCount(value, counts[value - 1]));
        }
        String average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(Math.max(ratings, 1)), 2, RoundingMode.HALF_UP)
                .toPlainString();
        return new QuestionResult(question.code(), question.text(), question.scaleMax(), average, perValue);
    }
}
