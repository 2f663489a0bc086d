package cn.gonghui.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A district union (区总工会), e.g. 西城区. */
@Entity
@Table(name = "districts")
public class District extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    public String name;

    /** The letters that start its application numbers, e.g. XC. */
    @jakarta.persistence.Column(name = "number_prefix")
    public String numberPrefix;
}
