package cn.gonghui.hardship;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A member's hardship file (困难职工档案), active for a year from the district's approval. */
@Entity
@Table(name = "hardship_files")
public class HardshipFile extends PanacheEntityBase {

    /** The purpose the household is encrypted for. */
    public static final String HOUSEHOLD = "hardship.household";

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "street_id")
    public UUID streetId;

    @Column(name = "application_id")
    public UUID applicationId;

    public String classification;

    @Column(name = "per_capita_monthly_income")
    public BigDecimal perCapitaMonthlyIncome;

    @Column(name = "minimum_living_line")
    public BigDecimal minimumLivingLine;

    @Column(name = "household_size")
    public Integer householdSize;

    @Column(name = "household_cipher")
    public String householdCipher;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    public HardshipFileStatus status;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<HardshipFile> activeOf(UUID memberId) {
        return find("memberId = ?1 and status = ?2", memberId, HardshipFileStatus.ACTIVE).firstResultOptional();
    }

    /** The member's latest file, active or not. */
    public static Optional<HardshipFile> latestOf(UUID memberId) {
        return find("memberId = ?1 order by createdAt desc", memberId).firstResultOptional();
    }
}
