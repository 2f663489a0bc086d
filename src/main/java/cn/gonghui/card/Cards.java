package cn.gonghui.card;

import cn.gonghui.application.ApplicationRef;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.Constraints;
import cn.gonghui.platform.id.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every change of a card and every order for the bank, in the caller's transaction: a card moves
 * only through {@link #move}, which writes its history, so {@code /me/cards} can tell the story.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Cards {

    /** Who moved a card, as its history says. */
    public enum By { MEMBER, UNION, BANK;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final EntityManager entityManager;
    private final CardOrderEvents events;
    private final Clock clock;

    public Cards(EntityManager entityManager, CardOrderEvents events, Clock clock) {
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /** A new card for the application's member; the one-live-card index decides a race. */
    public MemberCard create(ApplicationRef application, CardStatus status, String pickupPreference, UUID stationId,
            UUID replaces, By by) {
        // the card it replaces must leave the live set first: a flush inserts before it updates
        entityManager.flush();
        Instant now = clock.instant();
        MemberCard card = new MemberCard();
        card.id = Ids.newId();
        card.memberId = application.memberId();
        card.applicationId = application.id();
        card.status = status;
        card.pickupPreference = pickupPreference;
        card.pickupStationId = "station".equals(pickupPreference) ? stationId : null;
        card.replacesCardId = replaces;
        card.createdAt = now;
        card.updatedAt = now;
        card.persist();
        Constraints.flush(entityManager, Map.of("member_cards_one_live",
                () -> ApiProblem.unprocessable("CARD_ALREADY_HELD")));
        history(card, by, now);
        return card;
    }

    /** Moves the card as {@link CardStatus#MOVES} allows; the callers checked the move, so another one is a bug. */
    public void move(MemberCard card, CardStatus to, By by) {
        Instant now = clock.instant();
        card.status = CardStatus.MOVES.require(card.status, to);
        card.updatedAt = now;
        history(card, by, now);
    }

    public CardOrder order(MemberCard card, UUID applicationId, String kind) {
        Instant now = clock.instant();
        CardOrder order = new CardOrder();
        order.id = Ids.newId();
        order.cardId = card.id;
        order.applicationId = applicationId;
        order.kind = kind;
        order.status = CardOrderStatus.PENDING;
        order.createdAt = now;
        order.updatedAt = now;
        order.persist();
        events.created(order);
        return order;
    }

    /**
     * The member's live card, locked against a concurrent change (a loss report and a bank report)
     * and read afresh under the lock: callers check its status after this, never before.
     */
    public Optional<MemberCard> lockLive(UUID memberId) {
        return MemberCard.liveOf(memberId).map(this::lock);
    }

    public Optional<MemberCard> lockOfApplication(UUID applicationId) {
        return MemberCard.ofApplication(applicationId).map(this::lock);
    }

    /** Every path locks a card before its orders, so a loss report and a bank report never deadlock. */
    public MemberCard lock(MemberCard card) {
        entityManager.refresh(card, LockModeType.PESSIMISTIC_WRITE);
        return card;
    }

    /**
     * The card ends before the bank finished making it: every open order to make it is cancelled,
     * which the bank sees when it pulls cancelled orders, and any later report on it is out of order.
     */
    public void takeBack(MemberCard card, CardStatus to, By by) {
        move(card, to, by);
        // the orders the bank has not finished: those the union may still take back
        List<CardOrder> open = entityManager.createQuery("select o from CardOrder o where o.cardId = :card "
                        + "and o.kind in ('issue', 'replace') and o.status in :open order by o.id", CardOrder.class)
                .setParameter("card", card.id)
                .setParameter("open", CardOrderStatus.MAKING.into(CardOrderStatus.CANCELLED))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Instant now = clock.instant();
        for (CardOrder order : open) {
            events.moved(order.id, order.cardId, order.kind, order.status, CardOrderStatus.CANCELLED);
            order.status = CardOrderStatus.CANCELLED;
            order.updatedAt = now;
        }
    }

    private void history(MemberCard card, By by, Instant now) {
        CardHistory step = new CardHistory();
        step.id = Ids.newId();
        step.cardId = card.id;
        step.at = now;
        step.status = card.status;
        step.actor = by.code();
        step.persist();
    }
}
