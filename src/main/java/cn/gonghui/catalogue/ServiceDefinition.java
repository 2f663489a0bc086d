package cn.gonghui.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A service of the catalogue: what its line needs and where its offline step happens. */
@Entity
@Table(name = "services")
public class ServiceDefinition extends PanacheEntityBase {

    @Id
    public String code;

    /** The rule set of the line this service runs on (see application.LineRules). */
    public String line;

    /** The purpose a member consents to for this service. */
    public String purpose;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_zh")
    public String descriptionZh;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "current_form_version")
    public int currentFormVersion;

    /** What to bring to the offline step. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<LocalisedText> documents;

    @Column(name = "handling_days")
    public int handlingDays;

    @Column(name = "uses_appointment")
    public boolean usesAppointment;

    @Column(name = "uses_district_review")
    public boolean usesDistrictReview;

    @Column(name = "offline_place")
    public String offlinePlace;

    @Column(name = "single_open_per_member")
    public boolean singleOpenPerMember;

    @Column(name = "display_order")
    public int displayOrder;

    public boolean enabled;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public String name(Locale locale) {
        return new LocalisedText(nameZh, nameEn).in(locale);
    }

    public String description(Locale locale) {
        return new LocalisedText(descriptionZh, descriptionEn).in(locale);
    }
}
