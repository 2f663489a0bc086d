package cn.gonghui.hardship;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A programme offered to a member because their approved file already qualifies them (免申即享). */
@Entity
@Table(name = "hardship_offers")
public class HardshipOffer extends PanacheEntityBase {

    /** The purpose the form's sensitive part is encrypted for. */
    public static final String SENSITIVE_FORM = "hardship.offer.form";

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "file_id")
    public UUID fileId;

    @Column(name = "service_code")
    public String serviceCode;

    /** The form's ordinary values as filled in from the file. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ObjectNode form;

    @Column(name = "form_sensitive")
    public String formSensitive;

    public HardshipOfferStatus status;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
