package cn.gonghui.mutualaid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A member in a plan for its year: once per member and year, by the union in bulk or by the member. */
@Entity
@Table(name = "mutual_aid_enrollments")
public class MutualAidEnrollment extends PanacheEntityBase {

    /** Who enrolled the member: the base-level union in bulk, or the member herself. */
    public enum Channel {
        UNION, SELF;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    public UUID id;

    @Column(name = "plan_code")
    public String planCode;

    public int year;

    /** {@code null} once the member was erased (the row stays with the fund's records). */
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "street_id")
    public UUID streetId;

    @Convert(converter = ChannelText.class)
    public Channel channel;

    public BigDecimal fee;

    @Column(name = "fee_status")
    public FeeStatus feeStatus;

    /** The day it was made, in Beijing: the waiting days count from it (or from the coverage's start). */
    @Column(name = "enrolled_on")
    public LocalDate enrolledOn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** The member's enrollment of a plan year. */
    static Optional<MutualAidEnrollment> ofYear(UUID memberId, int year) {
        return find("memberId = ?1 and year = ?2", memberId, year).firstResultOptional();
    }

    @Converter
    public static class ChannelText implements AttributeConverter<Channel, String> {

        @Override
        public String convertToDatabaseColumn(Channel channel) {
            return channel == null ? null : channel.code();
        }

        @Override
        public Channel convertToEntityAttribute(String code) {
            return code == null ? null : Channel.valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
