package cn.gonghui.mutualaid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a mutual-aid plan (互助保障计划) of a year. A correction of a plan in force is a
 * new version with the same code, which applies to claims filed from its {@code appliesFrom} on.
 */
@Entity
@Table(name = "mutual_aid_plans")
public class MutualAidPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    @Column(name = "plan_version")
    public int planVersion;

    public String name;

    public int year;

    @Column(name = "enrollment_opens_at")
    public Instant enrollmentOpensAt;

    @Column(name = "enrollment_closes_at")
    public Instant enrollmentClosesAt;

    @Column(name = "coverage_starts_on")
    public LocalDate coverageStartsOn;

    @Column(name = "coverage_ends_on")
    public LocalDate coverageEndsOn;

    @Column(name = "fee_per_member")
    public BigDecimal feePerMember;

    public BigDecimal deductible;

    /** {@code {"primary": "0.70", …}}: the rate of each level the plan pays. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ObjectNode rates;

    @Column(name = "annual_cap_per_member")
    public BigDecimal annualCapPerMember;

    @Column(name = "waiting_days")
    public int waitingDays;

    /** The district whose members the plan protects; every version of a code keeps it. */
    @Column(name = "district_id")
    public UUID districtId;

    @Column(name = "applies_from")
    public Instant appliesFrom;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public PlanTerms terms() {
        Map<HospitalLevel, BigDecimal> byLevel = new EnumMap<>(HospitalLevel.class);
        rates.fields().forEachRemaining(rate -> byLevel.put(HospitalLevel.ofCode(rate.getKey()),
                new BigDecimal(rate.getValue().asText())));
        return new PlanTerms(coverageStartsOn, coverageEndsOn, deductible, byLevel, annualCapPerMember, waitingDays);
    }

    /** In force once its coverage started: its rules no longer change, a correction is a new version. */
    public boolean inForce(LocalDate today) {
        return !today.isBefore(coverageStartsOn);
    }
}
