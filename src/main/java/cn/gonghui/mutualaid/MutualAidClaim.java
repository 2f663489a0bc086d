package cn.gonghui.mutualaid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The line's record of a claim beside its application: the enrollment and plan version it is
 * computed by, one per member and stay (the keyed hash of both is unique), the computation and the
 * amount approved, encrypted.
 */
@Entity
@Table(name = "mutual_aid_claims")
public class MutualAidClaim extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "street_id")
    public UUID streetId;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "plan_id")
    public UUID planId;

    public Integer year;

    @Column(name = "stay_index")
    public String stayIndex;

    @Column(name = "computation_cipher")
    public String computationCipher;

    @Column(name = "approved_cipher")
    public String approvedCipher;

    public ClaimState state;

    /** The stay as officers outside the claim's street see it: masked, nothing to decrypt. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "masked_stay")
    public ObjectNode maskedStay;

    @Column(name = "settlement_id")
    public String settlementId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
