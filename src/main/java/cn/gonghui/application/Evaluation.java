package cn.gonghui.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 办事评价: the applicant's rating of a finished application, kept per station, street and officer. */
@Entity
@Table(name = "evaluations")
public class Evaluation extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "member_id")
    public UUID memberId;

    public short rating;

    public String comment;

    @Column(name = "street_id")
    public UUID streetId;

    @Column(name = "station_id")
    public UUID stationId;

    @Column(name = "officer_id")
    public UUID officerId;

    @Column(name = "created_at")
    public Instant createdAt;
}
