package cn.gonghui.review;

import cn.gonghui.platform.state.Coded;
import java.time.Instant;

/** Where a round stands for its callers: its status and, while collecting, its times against the clock. */
enum ReviewPhase implements Coded {
    UPCOMING, OPEN, CLOSED, PUBLISHED;

    static ReviewPhase of(ReviewRound round, Instant now) {
        if (round.status == ReviewRoundStatus.PUBLISHED) {
            return PUBLISHED;
        }
        if (now.isBefore(round.opensAt)) {
            return UPCOMING;
        }
        return now.isBefore(round.closesAt) ? OPEN : CLOSED;
    }
}
