package cn.gonghui.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A place where the offline step happens: a street union service station, an outdoor workers'
 * station or a bank branch. Collections load in batches, so a page of stations costs a fixed
 * number of queries whatever its size.
 */
@Entity
@Table(name = "stations")
public class Station extends PanacheEntityBase {

    static final int PAGE_BATCH = 100;

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "street_id")
    public Street street;

    public String name;

    public StationKind kind;

    public String address;

    public double latitude;

    public double longitude;

    @Column(name = "floor_area_sqm")
    public BigDecimal floorAreaSqm;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    public String phone;

    public String description;

    /** Demo data of the dev profile, shown as such to clients. */
    public boolean demo;

    /** Length of an appointment slot: the opening hours are cut into slots of this many minutes. */
    @Column(name = "slot_minutes")
    public int slotMinutes;

    /** How many people one slot receives (counters, officers on duty). */
    @Column(name = "slot_capacity")
    public int slotCapacity;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @ManyToMany
    @JoinTable(name = "station_facilities",
            joinColumns = @JoinColumn(name = "station_id"),
            inverseJoinColumns = @JoinColumn(name = "facility_code"))
    @OrderBy("displayOrder")
    @BatchSize(size = PAGE_BATCH)
    public List<Facility> facilities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "station_opening_hours", joinColumns = @JoinColumn(name = "station_id"))
    @OrderBy("dayOfWeek, opens")
    @BatchSize(size = PAGE_BATCH)
    public List<OpeningPeriod> openingHours = new ArrayList<>();
}
