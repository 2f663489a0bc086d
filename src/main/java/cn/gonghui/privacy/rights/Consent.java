package cn.gonghui.privacy.rights;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A consent a member gave to one purpose under one policy version, and when and why it ended. */
@Entity
@Table(name = "consents")
public class Consent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    public Purpose purpose;

    @Column(name = "policy_version")
    public String policyVersion;

    @Column(name = "granted_at")
    public Instant grantedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /** {@code withdrawn}, {@code renewed} (given again to a newer policy) or {@code erased}. */
    @Column(name = "ended_why")
    public String endedWhy;
}
