package cn.gonghui.card;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/**
 * How far the bank got with an order. The bank reports every move but one: {@code cancelled} is
 * the union taking back an order to make a card (the application was withdrawn or rejected).
 */
public enum CardOrderStatus implements Coded {
    PENDING, ACCEPTED, PRODUCED, READY_FOR_PICKUP, ISSUED, FAILED, CANCELLED;

    /** An order that makes a card (issue, replace): each step in turn, a failure at any of them, or taken back. */
    static final Moves<CardOrderStatus> MAKING = Moves.of(CardOrderStatus.class)
            .allow(PENDING, ACCEPTED, FAILED, CANCELLED)
            .allow(ACCEPTED, PRODUCED, FAILED, CANCELLED)
            .allow(PRODUCED, READY_FOR_PICKUP, FAILED, CANCELLED)
            .allow(READY_FOR_PICKUP, ISSUED, FAILED, CANCELLED)
            .build();

    /** A loss or cancel order is only taken on (the card blocked or closed) or refused, once. */
    static final Moves<CardOrderStatus> BLOCKING = Moves.of(CardOrderStatus.class)
            .allow(PENDING, ACCEPTED, FAILED)
            .build();

    static Moves<CardOrderStatus> movesOf(CardOrder order) {
        return order.makesCard() ? MAKING : BLOCKING;
    }

    /** Whether the bank reports this status; the others are where an order starts or the union's word. */
    boolean isReported() {
        return this != PENDING && this != CANCELLED;
    }

    public static CardOrderStatus ofCode(String code) {
        return Coded.ofCode(CardOrderStatus.class, code);
    }

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<CardOrderStatus> {

        public AsText() {
            super(CardOrderStatus.class);
        }
    }
}
