package cn.gonghui.card;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** What the bank is asked to do with a card (issue, loss, replace, cancel) and how far it got. */
@Entity
@Table(name = "card_orders")
public class CardOrder extends PanacheEntityBase {

    public static final String ISSUE = "issue";
    public static final String LOSS = "loss";
    public static final String REPLACE = "replace";
    public static final String CANCEL = "cancel";

    @Id
    public UUID id;

    @Column(name = "card_id")
    public UUID cardId;

    @Column(name = "application_id")
    public UUID applicationId;

    public String kind;

    public CardOrderStatus status;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** Whether the bank makes a card for this order (and so reports production and pickup). */
    public boolean makesCard() {
        return ISSUE.equals(kind) || REPLACE.equals(kind);
    }
}
