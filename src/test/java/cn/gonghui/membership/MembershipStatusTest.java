package cn.gonghui.membership;

import static cn.gonghui.testing.StateRules.assertMoves;
import static cn.gonghui.testing.StateRules.assertStoredAs;
import static cn.gonghui.testing.StateRules.to;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A membership's status: the values the database holds, and its moves. */
class MembershipStatusTest {

    @Test
    void anImportedMembershipIsClaimedOrEndsAnActiveOneEndsAndNeitherComesBack() {
        assertStoredAs(MembershipStatus.class, new MembershipStatus.AsText(), "imported", "active", "ended");
        assertMoves(MembershipStatus.class, MembershipStatus.MOVES, Map.of(
                MembershipStatus.IMPORTED, to(MembershipStatus.ACTIVE, MembershipStatus.ENDED),
                MembershipStatus.ACTIVE, to(MembershipStatus.ENDED)));
    }
}
