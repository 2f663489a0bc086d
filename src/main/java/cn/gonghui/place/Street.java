package cn.gonghui.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** A street union (街道总工会): every request belongs to exactly one. */
@Entity
@Table(name = "streets")
public class Street extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    public District district;

    public String code;

    public String name;

    @Column(name = "display_order")
    public int displayOrder;

    public static Optional<Street> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
