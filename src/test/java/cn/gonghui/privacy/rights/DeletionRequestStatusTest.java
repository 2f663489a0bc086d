package cn.gonghui.privacy.rights;

import static cn.gonghui.testing.StateRules.assertMoves;
import static cn.gonghui.testing.StateRules.assertStoredAs;
import static cn.gonghui.testing.StateRules.to;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deletion request's status: the values the database holds, and its one move. */
class DeletionRequestStatusTest {

    @Test
    void aRequestIsPendingUntilTheErasureCompletesIt() {
        assertStoredAs(DeletionRequestStatus.class, new DeletionRequestStatus.AsText(), "pending", "completed");
        assertMoves(DeletionRequestStatus.class, DeletionRequestStatus.MOVES, Map.of(
                DeletionRequestStatus.PENDING, to(DeletionRequestStatus.COMPLETED)));
    }
}
