package cn.gonghui.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Which card of a member is active, for the lines that pay into it (mutual aid); as an id, never the entity. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActiveCards {

    public Optional<UUID> of(UUID memberId) {
        return MemberCard.<MemberCard>find("memberId = ?1 and status = ?2", memberId, CardStatus.ACTIVE)
                .firstResultOptional().map(card -> card.id);
    }
}
