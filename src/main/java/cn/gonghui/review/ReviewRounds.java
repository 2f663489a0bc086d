package cn.gonghui.review;

import cn.gonghui.disclosure.DisclosureViews.ReviewResults;
import cn.gonghui.disclosure.Disclosures;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.place.StreetQueries.StreetRef;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.review.ReviewViews.NewRound;
import cn.gonghui.review.ReviewViews.QuestionView;
import cn.gonghui.review.ReviewViews.RoundView;
import cn.gonghui.security.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 民主评议 for officers: a district officer opens a round for a street of their district and, once
 * it closed, publishes its results as a 会务公开 document; officers read the rounds of their streets.
 * A round beyond the officer's streets is not found.
 */
@ApplicationScoped
public class ReviewRounds {

    static final String INVALID = "REVIEW_INVALID";
    /** Its results are a disclosure of the year it closes (Beijing), which is at most 2100. */
    private static final Instant AFTER_LAST_YEAR = Instant.parse("2100-12-31T16:00:00Z");

    private final EntityManager entityManager;
    private final ReviewQuestions questions;
    private final ReviewRoundViews views;
    private final ReviewResultsCount results;
    private final Disclosures disclosures;
    private final StreetQueries places;
    private final Clock clock;

    public ReviewRounds(EntityManager entityManager, ReviewQuestions questions, ReviewRoundViews views,
            ReviewResultsCount results, Disclosures disclosures, StreetQueries places, Clock clock) {
        this.entityManager = entityManager;
        this.questions = questions;
        this.views = views;
        this.results = results;
        this.disclosures = disclosures;
        this.places = places;
        this.clock = clock;
    }

    @Transactional
    public Versioned<RoundView> open(DataScope scope, UUID officerId, NewRound request) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        StreetRef street = places.byCode(request.streetCode()).orElse(null);
        if (street == null) {
            errors.add(FieldError.of("streetCode", "UNKNOWN_STREET"));
        }
        if (!request.closesAt().isAfter(request.opensAt())) {
            errors.add(FieldError.of("closesAt", "NOT_AFTER_OPENS_AT"));
        } else if (!request.closesAt().isAfter(now)) {
            errors.add(FieldError.of("closesAt", "IN_THE_PAST"));
        } else if (!request.closesAt().isBefore(AFTER_LAST_YEAR)) {
            errors.add(FieldError.of("closesAt", "YEAR_OUT_OF_RANGE"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < request.questions().size(); i++) {
            if (!codes.add(request.questions().get(i).code())) {
                errors.add(FieldError.of("questions[" + i + "].code", "DUPLICATE_CODE"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(422, INVALID, errors);
        }
        if (!covers(scope, street.id())) {
            throw new ApiProblem(403, "REVIEW_OUT_OF_REACH");
        }
        ReviewRound round = new ReviewRound();
        round.id = Ids.newId();
        round.streetId = street.id();
        round.title = request.title();
        round.opensAt = request.opensAt().truncatedTo(ChronoUnit.MICROS);
        round.closesAt = request.closesAt().truncatedTo(ChronoUnit.MICROS);
        round.status = ReviewRoundStatus.COLLECTING;
        round.createdBy = officerId;
        round.createdAt = now;
        round.persist();
        entityManager.flush();
        questions.add(round.id, request.questions());
        return views.versioned(round);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<RoundView> get(DataScope scope, UUID id) {
        return views.versioned(inReach(scope, id, LockModeType.NONE));
    }

    /**
     * Counts the closed round's answers and publishes them as its street's {@code democratic_review}
     * document. The round's row is locked first: an answer still being written (it holds the row
     * shared) is counted, and two officers publishing at once publish once (the second is stale).
     */
    @Transactional
    public Versioned<RoundView> publishResults(DataScope scope, UUID id, String ifMatch, UUID officerId) {
        ReviewRound round = inReach(scope, id, LockModeType.PESSIMISTIC_WRITE);
        EntityVersions.requireMatch(ifMatch, round.version);
        Instant now = clock.instant();
        ReviewPhase phase = ReviewPhase.of(round, now);
        if (phase != ReviewPhase.CLOSED || !ReviewRoundStatus.MOVES.allows(round.status, ReviewRoundStatus.PUBLISHED)) {
            throw ApiProblem.conflict("REVIEW_STATE_CONFLICT").with("currentStatus", phase.code());
        }
        List<QuestionView> asked = questions.of(round.id);
        ReviewResults counted = results.of(round.id, asked);
        StreetRef street = places.find(round.streetId).orElseThrow();
        round.disclosureId = disclosures.publishReviewResults(round.streetId,
                BeijingTime.dayOf(round.closesAt).getYear(),
                "民主评议结果：" + round.title, body(round, street, counted), counted, officerId);
        round.status = ReviewRoundStatus.PUBLISHED;
        round.publishedAt = now;
        entityManager.flush();
        return views.versioned(round);
    }

    private static String body(ReviewRound round, StreetRef street, ReviewResults counted) {
        // the days as Beijing reads them; the last one is the day of the last instant still open
        String text = street.name() + "街道工会民主评议“" + round.title + "”，答卷时间 " + BeijingTime.dayOf(round.opensAt)
                + " 至 " + BeijingTime.dayOf(round.closesAt.minusNanos(1000)) + "，收回答卷 " + counted.respondents() + " 份。";
        return counted.suppressed() ? text + "答卷不足 5 份，各题结果不予公布。" : text + "各题结果见评议结果。";
    }

    ReviewRound inReach(DataScope scope, UUID id, LockModeType lock) {
        ReviewRound round = ReviewRound.findById(id, lock);
        if (round == null || !covers(scope, round.streetId)) {
            throw ApiProblem.notFound("REVIEW_NOT_FOUND", id);
        }
        return round;
    }

    static boolean covers(DataScope scope, UUID streetId) {
        return scope instanceof DataScope.Everything
                || scope instanceof DataScope.Streets streets && streets.ids().contains(streetId);
    }
}
