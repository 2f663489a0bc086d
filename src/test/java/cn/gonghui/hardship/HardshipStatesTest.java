package cn.gonghui.hardship;

import static cn.gonghui.testing.StateRules.assertMoves;
import static cn.gonghui.testing.StateRules.assertStoredAs;
import static cn.gonghui.testing.StateRules.to;

import cn.gonghui.disbursement.DisbursementStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statuses of a hardship file, an offer and a payment: the values the database holds, and their moves. */
class HardshipStatesTest {

    @Test
    void aFileIsActiveThenExpiredForGood() {
        assertStoredAs(HardshipFileStatus.class, new HardshipFileStatus.AsText(), "active", "expired");
        assertMoves(HardshipFileStatus.class, HardshipFileStatus.MOVES, Map.of(
                HardshipFileStatus.ACTIVE, to(HardshipFileStatus.EXPIRED)));
    }

    @Test
    void anOfferIsAppliedForOnce() {
        assertStoredAs(HardshipOfferStatus.class, new HardshipOfferStatus.AsText(), "offered", "applied");
        assertMoves(HardshipOfferStatus.class, HardshipOfferStatus.MOVES, Map.of(
                HardshipOfferStatus.OFFERED, to(HardshipOfferStatus.APPLIED)));
    }

    @Test
    void aPaymentIsPaidOrFailsAndAFailedOneIsScheduledAgain() {
        assertStoredAs(DisbursementStatus.class, new DisbursementStatus.AsText(), "scheduled", "paid", "failed");
        assertMoves(DisbursementStatus.class, DisbursementStatus.MOVES, Map.of(
                DisbursementStatus.SCHEDULED, to(DisbursementStatus.PAID, DisbursementStatus.FAILED),
                DisbursementStatus.FAILED, to(DisbursementStatus.SCHEDULED)));
    }
}
