package cn.gonghui.card;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;
import java.util.EnumSet;
import java.util.Set;

/** Where a card stands: ordered → confirmed by the union → sent to the bank → produced → ready for pickup → active. */
public enum CardStatus implements Coded {
    ORDERED, CONFIRMED, SENT_TO_BANK, PRODUCED, READY_FOR_PICKUP, ACTIVE, LOST, REPLACED, CANCELLED, FAILED;

    /** A card on its way to the member, which the union may still take back. */
    static final Set<CardStatus> IN_PRODUCTION = EnumSet.of(CONFIRMED, SENT_TO_BANK, PRODUCED, READY_FOR_PICKUP);

    /**
     * Every move of a card, whoever makes it: the union confirms an order; the bank's reports carry a
     * card being made along or fail it; a withdrawal, a rejection or an erasure takes back a card not
     * yet in the member's hands; a card ready for pickup or active may be lost; an active or lost card
     * is replaced or cancelled. Replaced, cancelled and failed are the end.
     */
    static final Moves<CardStatus> MOVES = Moves.of(CardStatus.class)
            .allow(ORDERED, CONFIRMED, CANCELLED)
            .allow(CONFIRMED, SENT_TO_BANK, FAILED, CANCELLED)
            .allow(SENT_TO_BANK, PRODUCED, FAILED, CANCELLED)
            .allow(PRODUCED, READY_FOR_PICKUP, FAILED, CANCELLED)
            .allow(READY_FOR_PICKUP, ACTIVE, FAILED, CANCELLED, LOST)
            .allow(ACTIVE, LOST, REPLACED, CANCELLED)
            .allow(LOST, REPLACED, CANCELLED)
            .build();

    /** The statuses after which the member may hold a new card (the one-live-card index leaves them out). */
    static final Set<CardStatus> ENDED = EnumSet.of(REPLACED, CANCELLED, FAILED);

    public static CardStatus ofCode(String code) {
        return Coded.ofCode(CardStatus.class, code);
    }

    /** Whether the card has ended for good (a new card is then possible). */
    public boolean isEnded() {
        return ENDED.contains(this);
    }

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<CardStatus> {

        public AsText() {
            super(CardStatus.class);
        }
    }
}
