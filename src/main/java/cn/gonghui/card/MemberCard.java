package cn.gonghui.card;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A member's card (京卡·互助服务卡), from the order to the card in the member's hands and on to its
 * end. The full number is only ever stored encrypted, with a blind index for merchants' lookups.
 */
@Entity
@Table(name = "member_cards")
public class MemberCard extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The card's member: identity's, so an id here (their name through {@link cn.gonghui.identity.Members}). */
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "application_id")
    public UUID applicationId;

    public CardStatus status;

    @Column(name = "pickup_preference")
    public String pickupPreference;

    @Column(name = "pickup_station_id")
    public UUID pickupStationId;

    @Column(name = "pickup_branch")
    public String pickupBranch;

    @Column(name = "last_four")
    public String lastFour;

    @Column(name = "card_number_cipher")
    public String cardNumberCipher;

    @Column(name = "card_number_index")
    public String cardNumberIndex;

    @Column(name = "replaces_card_id")
    public UUID replacesCardId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** The member's card that still counts as theirs (anything not replaced, cancelled or failed). */
    public static Optional<MemberCard> liveOf(UUID memberId) {
        return find("memberId = ?1 and status not in ?2", memberId, CardStatus.ENDED)
                .firstResultOptional();
    }

    public static Optional<MemberCard> ofApplication(UUID applicationId) {
        return find("applicationId = ?1 order by createdAt desc", applicationId).firstResultOptional();
    }

    public static List<MemberCard> allOf(UUID memberId) {
        return list("memberId = ?1 order by id desc", memberId);
    }
}
