package cn.gonghui.card;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One state a card entered, when, and on whose move (the member, the union or the bank). */
@Entity
@Table(name = "member_card_history")
public class CardHistory extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "card_id")
    public UUID cardId;

    public Instant at;

    public CardStatus status;

    public String actor;
}
