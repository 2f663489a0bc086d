package cn.gonghui.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A worker's request on any line: the record the lifecycle moves from status to status. Only the
 * application package handles it; the lines and other capabilities see an {@link ApplicationRef}.
 */
@Entity
@Table(name = "applications")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The number people read out at the counter, e.g. XC20261122-00042. */
    public String number;

    @Column(name = "service_code")
    public String serviceCode;

    @Column(name = "form_version")
    public int formVersion;

    /** The applicant: identity's member, so an id (their name through {@link cn.gonghui.identity.Members}). */
    @Column(name = "member_id")
    public UUID memberId;

    /** The street it was filed in: place's, so an id (read through {@link cn.gonghui.place.StreetQueries}). */
    @Column(name = "street_id")
    public UUID streetId;

    public ApplicationStatus status;

    /** The form's ordinary values; {@link ApplicationForms} hands out copies, never this object. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ObjectNode form;

    /** The form's sensitive values: JSON, encrypted. */
    @Column(name = "form_sensitive")
    public String formSensitive;

    /** The line's outcome, e.g. the member number issued; {@link ApplicationResults} adds to it. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ObjectNode result;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "expected_by")
    public LocalDate expectedBy;

    /** The officer assigned; an id, so that identity's officer stays identity's. */
    @Column(name = "assignee_id")
    public UUID assigneeId;

    @Column(name = "open_key")
    public String openKey;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
