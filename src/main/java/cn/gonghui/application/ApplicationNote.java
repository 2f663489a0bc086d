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

/** An officer's note on an application; the applicant never sees it. */
@Entity
@Table(name = "application_notes")
public class ApplicationNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    /** The officer who wrote it; an id, so that identity's officer stays identity's. */
    @Column(name = "officer_id")
    public UUID officerId;

    public String text;

    @Column(name = "created_at")
    public Instant createdAt;
}
