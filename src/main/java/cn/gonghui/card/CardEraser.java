package cn.gonghui.card;

import cn.gonghui.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.UUID;

/**
 * An erased member's cards end: one still being made is taken back from the bank (the withdrawn
 * application already did that, see {@link CardLines#onClosed}), one in their hands is cancelled
 * and the bank is told to close it. The card numbers go (ciphertext, blind index, last four, and
 * the keyed hash of the bank's issued report); the cards and the benefit uses stay, tied only to
 * the emptied member's id, for the union's statistics (cards issued, benefits used).
 */
@ApplicationScoped
public class CardEraser implements PersonalDataEraser {

    private final Cards cards;
    private final EntityManager entityManager;
    private final Clock clock;

    public CardEraser(Cards cards, EntityManager entityManager, Clock clock) {
        this.cards = cards;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public void erase(UUID memberId) {
        MemberCard.liveOf(memberId).map(cards::lock).filter(card -> !card.status.isEnded()).ifPresent(card -> {
            if (card.status == CardStatus.ACTIVE || card.status == CardStatus.LOST) {
                cards.move(card, CardStatus.CANCELLED, Cards.By.MEMBER);
                cards.order(card, null, CardOrder.CANCEL);
            } else {
                cards.takeBack(card, CardStatus.CANCELLED, Cards.By.MEMBER);
            }
        });
        entityManager.createNativeQuery("""
                        UPDATE member_cards
                           SET card_number_cipher = NULL, card_number_index = NULL, last_four = NULL,
                               updated_at = :now, version = version + 1
                         WHERE member_id = :member
                           AND (card_number_cipher IS NOT NULL OR card_number_index IS NOT NULL OR last_four IS NOT NULL)""")
                .setParameter("now", clock.instant()).setParameter("member", memberId)
                .executeUpdate();
        entityManager.createNativeQuery("""
                        UPDATE card_order_reports SET payload_hash = 'erased'
                         WHERE status = 'issued' AND payload_hash <> 'erased'
                           AND order_id IN (SELECT o.id FROM card_orders o JOIN member_cards c ON c.id = o.card_id
                                             WHERE c.member_id = :member)""")
                .setParameter("member", memberId)
                .executeUpdate();
    }
}
