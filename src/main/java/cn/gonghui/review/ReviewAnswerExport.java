package cn.gonghui.review;

import cn.gonghui.place.StreetQueries;
import cn.gonghui.privacy.PersonalDataExport;
import cn.gonghui.review.ReviewViews.ExportedAnswer;
import cn.gonghui.review.ReviewViews.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The member's own review answers, with their ratings, in her data export (and nowhere else). */
@ApplicationScoped
public class ReviewAnswerExport implements PersonalDataExport {

    private final EntityManager entityManager;
    private final StreetQueries places;

    public ReviewAnswerExport(EntityManager entityManager, StreetQueries places) {
        this.entityManager = entityManager;
        this.places = places;
    }

    @Override
    public String section() {
        return "democraticReviews";
    }

    @Override
    public Object of(UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT a.id, r.id, r.title, r.street_id, a.answered_at, q.code, g.rating
                          FROM review_answers a
                          JOIN review_rounds r ON r.id = a.round_id
                          JOIN review_ratings g ON g.answer_id = a.id
                          JOIN review_questions q ON q.round_id = r.id AND q.position = g.position
                         WHERE a.member_id = :member
                         ORDER BY a.answered_at, a.id, g.position""")
                .setParameter("member", memberId).getResultList();
        Map<UUID, ExportedAnswer> answers = new LinkedHashMap<>();
        for (Object[] row : rows) {
            ExportedAnswer answer = answers.computeIfAbsent((UUID) row[0], id -> new ExportedAnswer((UUID) row[1],
                    (String) row[2], places.find((UUID) row[3]).orElseThrow().code(), instant(row[4]), new ArrayList<>()));
            answer.ratings().add(new Rating((String) row[5], ((Number) row[6]).intValue()));
        }
        return List.copyOf(answers.values());
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
