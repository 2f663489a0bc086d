package cn.gonghui.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of an application, kept for ever: its history. */
@Entity
@Table(name = "application_events")
public class ApplicationEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    public Instant at;

    @Column(name = "actor_kind")
    public String actorKind;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_id")
    public String actorId;

    public String action;

    @Column(name = "from_status")
    public ApplicationStatus fromStatus;

    @Column(name = "to_status")
    public ApplicationStatus toStatus;

    public String reason;

    /** What the action named besides the reason, if anything. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ActionDetails details;
}
