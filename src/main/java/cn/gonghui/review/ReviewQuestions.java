package cn.gonghui.review;

import cn.gonghui.review.ReviewViews.Question;
import cn.gonghui.review.ReviewViews.QuestionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The questions of rounds, in order: written with the round, read for a page of rounds in one query. */
@ApplicationScoped
class ReviewQuestions {

    private final EntityManager entityManager;

    ReviewQuestions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void add(UUID roundId, List<Question> questions) {
        for (int position = 0; position < questions.size(); position++) {
            Question question = questions.get(position);
            entityManager.createNativeQuery("""
                            INSERT INTO review_questions (round_id, position, code, text, scale_max)
                            VALUES (:round, :position, :code, :text, :scale)""")
                    .setParameter("round", roundId).setParameter("position", (short) position)
                    .setParameter("code", question.code()).setParameter("text", question.text())
                    .setParameter("scale", question.scaleMax().shortValue()).executeUpdate();
        }
    }

    List<QuestionView> of(UUID roundId) {
        return of(List.of(roundId)).getOrDefault(roundId, List.of());
    }

    Map<UUID, List<QuestionView>> of(Collection<UUID> roundIds) {
        Map<UUID, List<QuestionView>> byRound = new HashMap<>();
        if (roundIds.isEmpty()) {
            return byRound;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT round_id, code, text, scale_max FROM review_questions
                         WHERE round_id IN (:rounds) ORDER BY round_id, position""")
                .setParameter("rounds", roundIds).getResultList();
        for (Object[] row : rows) {
            byRound.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                    .add(new QuestionView((String) row[1], (String) row[2], ((Number) row[3]).intValue()));
        }
        return byRound;
    }
}
