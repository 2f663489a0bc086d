package cn.gonghui.identity.token;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One login and every refresh that followed from it; revoked as a whole. */
@Entity
@Table(name = "session_families")
public class SessionFamily extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "subject_kind")
    public String subjectKind;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_why")
    public String revokedWhy;

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
