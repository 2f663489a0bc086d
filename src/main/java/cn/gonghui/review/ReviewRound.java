package cn.gonghui.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A 民主评议 round of a street union; its questions, answers and ratings are rows of their own (V94). */
@Entity
@Table(name = "review_rounds")
public class ReviewRound extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "street_id")
    public UUID streetId;

    public String title;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    public ReviewRoundStatus status;

    /** The 会务公开 document of its results, once published. */
    @Column(name = "disclosure_id")
    public UUID disclosureId;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;
}
