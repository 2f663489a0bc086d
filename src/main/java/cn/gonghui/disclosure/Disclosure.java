package cn.gonghui.disclosure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A document a street or district union discloses; its content lives in its versions (disclosure_versions). */
@Entity
@Table(name = "disclosures")
public class Disclosure extends PanacheEntityBase {

    @Id
    public UUID id;

    public DisclosureKind kind;

    @Column(name = "street_id")
    public UUID streetId;

    @Column(name = "district_id")
    public UUID districtId;

    public short year;

    public String period;

    public DisclosureStatus status;

    @Column(name = "current_version")
    public int currentVersion;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
