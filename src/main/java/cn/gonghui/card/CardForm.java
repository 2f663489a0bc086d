package cn.gonghui.card;

import java.util.UUID;

/**
 * The card lines' view of their forms: why a card is replaced, and where the card to be made is
 * picked up (a station only when the member picks it up at one). Each line's form has some of
 * these; what a form lacks is {@code null}.
 */
record CardForm(String reason, String pickupPreference, UUID stationId) {

    private static final String LOST = "lost";

    /** A replacement of a lost card, not of a damaged one that still works. */
    boolean replacesLostCard() {
        return LOST.equals(reason);
    }
}
