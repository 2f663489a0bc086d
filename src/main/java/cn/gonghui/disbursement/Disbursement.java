package cn.gonghui.disbursement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Money a line pays a member out of a union fund (hardship aid, mutual-aid benefits): one amount, for
 * one period and beneficiary of one source record, scheduled, then paid or failed.
 */
@Entity
@Table(name = "disbursements")
public class Disbursement extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The line's record the payment belongs to: a hardship file, a mutual-aid claim. */
    @Column(name = "source_id")
    public UUID sourceId;

    @Column(name = "application_id")
    public UUID applicationId;

    /** The payee; {@code null} once the member was erased (the row stays for the fund's audit). */
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "street_id")
    public UUID streetId;

    public String programme;

    /** {@code 2026-12} for a month, {@code 2026} for a school year. */
    public String period;

    /** Who of the household it is for (education aid: {@code member-2}); empty when the worker. */
    public String beneficiary;

    public BigDecimal amount;

    /** The member card paid into, where the line pays to the member's active card (mutual aid). */
    @Column(name = "payee_card_id")
    public UUID payeeCardId;

    public DisbursementStatus status;

    /** The bank's or the fund's payment reference. */
    public String reference;

    public String reason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
