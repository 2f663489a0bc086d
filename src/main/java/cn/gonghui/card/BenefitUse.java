package cn.gonghui.card;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A benefit a merchant recorded for a member's card (刷卡服务). */
@Entity
@Table(name = "benefit_uses")
public class BenefitUse extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_code")
    public String programmeCode;

    @Column(name = "card_id")
    public UUID cardId;

    @Column(name = "member_id")
    public UUID memberId;

    /** The merchant's integrator client id. */
    public String merchant;

    public BigDecimal amount;

    @Column(name = "qr_token_id")
    public UUID qrTokenId;

    @Column(name = "used_at")
    public Instant usedAt;
}
