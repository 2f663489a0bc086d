package cn.gonghui.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** Something a station offers (microwave, first-aid kit, legal advice…), from a reference table. */
@Entity
@Table(name = "facilities")
public class Facility extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "display_order")
    public int displayOrder;

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
