package cn.gonghui.card;

import java.util.EnumSet;
import java.util.Set;

/** Where a card stands: ordered → confirmed by the union → sent to the bank → produced → ready for pickup → active. */
public enum CardStatus {
    ORDERED, CONFIRMED, SENT_TO_BANK, PRODUCED, READY_FOR_PICKUP, ACTIVE, LOST, REPLACED, CANCELLED, FAILED;

    /** A card on its way to the member, which the union may still take back. */
    static final Set<CardStatus> IN_PRODUCTION = EnumSet.of(CONFIRMED, SENT_TO_BANK, PRODUCED, READY_FOR_PICKUP);

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static CardStatus ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether the card has ended for good (a new card is then possible). */
    public boolean isEnded() {
        return this == REPLACED || this == CANCELLED || this == FAILED;
    }
}
