package cn.gonghui.card;

import static cn.gonghui.card.CardOrderStatus.ACCEPTED;
import static cn.gonghui.card.CardOrderStatus.ISSUED;
import static cn.gonghui.card.CardOrderStatus.PENDING;
import static cn.gonghui.testing.StateRules.assertMoves;
import static cn.gonghui.testing.StateRules.assertStoredAs;
import static cn.gonghui.testing.StateRules.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A card's and a card order's statuses: the values the database holds, and the moves each allows. */
class CardStatesTest {

    @Test
    void aCardStatusIsStoredAsTheTextTheTableChecks() {
        assertStoredAs(CardStatus.class, new CardStatus.AsText(), "ordered", "confirmed", "sent_to_bank", "produced",
                "ready_for_pickup", "active", "lost", "replaced", "cancelled", "failed");
    }

    @Test
    void aCardMovesAlongItsMakingAndEndsReplacedCancelledOrFailed() {
        assertMoves(CardStatus.class, CardStatus.MOVES, Map.of(
                CardStatus.ORDERED, to(CardStatus.CONFIRMED, CardStatus.CANCELLED),
                CardStatus.CONFIRMED, to(CardStatus.SENT_TO_BANK, CardStatus.FAILED, CardStatus.CANCELLED),
                CardStatus.SENT_TO_BANK, to(CardStatus.PRODUCED, CardStatus.FAILED, CardStatus.CANCELLED),
                CardStatus.PRODUCED, to(CardStatus.READY_FOR_PICKUP, CardStatus.FAILED, CardStatus.CANCELLED),
                CardStatus.READY_FOR_PICKUP, to(CardStatus.ACTIVE, CardStatus.FAILED, CardStatus.CANCELLED,
                        CardStatus.LOST),
                CardStatus.ACTIVE, to(CardStatus.LOST, CardStatus.REPLACED, CardStatus.CANCELLED),
                CardStatus.LOST, to(CardStatus.REPLACED, CardStatus.CANCELLED)));
    }

    @Test
    void theEndedStatusesAreTheFinalOnes() {
        for (CardStatus status : CardStatus.values()) {
            assertThat(status.isEnded()).as(status.code()).isEqualTo(CardStatus.MOVES.isFinal(status));
        }
    }

    @Test
    void anOrderStatusIsStoredAsTheTextTheTableChecks() {
        assertStoredAs(CardOrderStatus.class, new CardOrderStatus.AsText(), "pending", "accepted", "produced",
                "ready_for_pickup", "issued", "failed", "cancelled");
    }

    @Test
    void anOrderThatMakesACardGoesStepByStepFailsAnywhereOrIsTakenBack() {
        assertMoves(CardOrderStatus.class, CardOrderStatus.MAKING, Map.of(
                PENDING, to(ACCEPTED, CardOrderStatus.FAILED, CardOrderStatus.CANCELLED),
                ACCEPTED, to(CardOrderStatus.PRODUCED, CardOrderStatus.FAILED, CardOrderStatus.CANCELLED),
                CardOrderStatus.PRODUCED, to(CardOrderStatus.READY_FOR_PICKUP, CardOrderStatus.FAILED,
                        CardOrderStatus.CANCELLED),
                CardOrderStatus.READY_FOR_PICKUP, to(ISSUED, CardOrderStatus.FAILED, CardOrderStatus.CANCELLED)));
    }

    @Test
    void aLossOrCancelOrderIsOnlyTakenOnOrRefusedOnce() {
        assertMoves(CardOrderStatus.class, CardOrderStatus.BLOCKING, Map.of(
                PENDING, to(ACCEPTED, CardOrderStatus.FAILED)));
    }

    @Test
    void theUnionTakesBackOnlyWhatTheBankHasNotFinished() {
        assertThat(CardOrderStatus.MAKING.into(CardOrderStatus.CANCELLED))
                .containsExactly(PENDING, ACCEPTED, CardOrderStatus.PRODUCED, CardOrderStatus.READY_FOR_PICKUP);
    }

    @Test
    void theBankReportsEveryStatusButWhereAnOrderStartsAndTheUnionsTakingBack() {
        assertThat(CardOrderStatus.values()).filteredOn(CardOrderStatus::isReported).extracting(CardOrderStatus::code)
                .containsExactly("accepted", "produced", "ready_for_pickup", "issued", "failed");
    }
}
