package cn.gonghui.activity;

import static cn.gonghui.activity.RegistrationStatus.CANCELLED;
import static cn.gonghui.activity.RegistrationStatus.CHECKED_IN;
import static cn.gonghui.activity.RegistrationStatus.CONFIRMED;
import static cn.gonghui.activity.RegistrationStatus.NO_SHOW;
import static cn.gonghui.activity.RegistrationStatus.WAITLISTED;
import static cn.gonghui.activity.RegistrationStatus.WITHDRAWN;
import static cn.gonghui.testing.StateRules.to;

import cn.gonghui.testing.StateRules;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The states of activities and registrations: their stored codes (V60's CHECKs) and their moves, in full. */
class ActivityStatesTest {

    @Test
    void anActivityIsPublishedAndMayBeCalledOff() {
        StateRules.assertStoredAs(ActivityStatus.class, new ActivityStatus.AsText(), "published", "cancelled");
        StateRules.assertMoves(ActivityStatus.class, ActivityStatus.MOVES,
                Map.of(ActivityStatus.PUBLISHED, to(ActivityStatus.CANCELLED)));
    }

    @Test
    void aRegistrationWaitsIsConfirmedAndEndsCheckedInAbsentOrGivenUp() {
        StateRules.assertStoredAs(RegistrationStatus.class, new RegistrationStatus.AsText(), "confirmed", "waitlisted",
                "withdrawn", "checked_in", "no_show", "cancelled");
        StateRules.assertMoves(RegistrationStatus.class, RegistrationStatus.MOVES, Map.of(
                CONFIRMED, to(WITHDRAWN, CHECKED_IN, NO_SHOW, CANCELLED),
                WAITLISTED, to(CONFIRMED, WITHDRAWN, CANCELLED)));
    }
}
