package cn.gonghui.membership;

import static cn.gonghui.testing.StateRules.assertMoves;
import static cn.gonghui.testing.StateRules.assertStoredAs;
import static cn.gonghui.testing.StateRules.to;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A membership's status: the values the database holds, and its one move. */
class MembershipStatusTest {

    @Test
    void aMembershipIsActiveUntilItEndsAndNeverComesBack() {
        assertStoredAs(MembershipStatus.class, new MembershipStatus.AsText(), "active", "ended");
        assertMoves(MembershipStatus.class, MembershipStatus.MOVES, Map.of(
                MembershipStatus.ACTIVE, to(MembershipStatus.ENDED)));
    }
}
