package cn.gonghui.place;

import cn.gonghui.place.PlaceViews.AdminStationView;
import cn.gonghui.platform.database.ReferenceDataChanges;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Administrators' management of stations: creating them, replacing what they say, and the days
 * they are closed. A change locks the station's row first, so two changes made from the same
 * version meet one after the other and the second gets its 412, never a lost update. Creating or
 * changing one announces a change of places, so that every instance's {@link StationIndex} reads
 * the stations again when it commits.
 */
@ApplicationScoped
public class StationAdministration {

    private final EntityManager entityManager;
    private final StationSlotStore slots;
    private final Clock clock;
    private final ReferenceDataChanges changes;

    public StationAdministration(EntityManager entityManager, StationSlotStore slots, Clock clock,
            ReferenceDataChanges changes) {
        this.entityManager = entityManager;
        this.slots = slots;
        this.clock = clock;
        this.changes = changes;
    }

    @Transactional
    public Versioned<AdminStationView> create(StationRequest request, Locale locale) {
        StationRequestRules.Resolved resolved = StationRequestRules.resolve(request);
        Station station = new Station();
        station.id = Ids.newId();
        station.demo = false;
        station.createdAt = clock.instant();
        apply(request, resolved, station);
        station.persist();
        changes.announce(StreetQueries.REFERENCE_DATA_KIND); // every instance reads the station list again
        return saved(station, locale);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AdminStationView> list(Optional<String> streetCode, PageParams page, Locale locale) {
        if (streetCode.isPresent() && Street.findByCode(streetCode.get()).isEmpty()) {
            throw ApiProblem.invalidField("streetCode", "UNKNOWN_STREET");
        }
        KeysetQuery<Station> query = KeysetQuery.jpql("select s from Station s join fetch s.street st join fetch st.district",
                        Station.class)
                .whereEqual("st.code", "streetCode", streetCode.orElse(null))
                .orderBy(Direction.ASCENDING, SortKey.uuid("s.id"))
                .page(page);
        List<Station> rows = query.fetch(entityManager);
        Map<UUID, List<ClosedDay>> closedDays = upcomingClosedDays(rows.stream().map(station -> station.id).toList());
        return query.toPage(rows, station -> Cursor.of(station.id),
                station -> AdminStationView.of(station, closedDays.getOrDefault(station.id, List.of()), locale));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<AdminStationView> get(UUID id, Locale locale) {
        return versioned(find(id, LockModeType.NONE), locale);
    }

    /** Replaces everything editable; booked slots still to come take the new capacity. */
    @Transactional
    public Versioned<AdminStationView> update(UUID id, StationRequest request, String ifMatch, Locale locale) {
        Station station = find(id, LockModeType.PESSIMISTIC_WRITE);
        EntityVersions.requireMatch(ifMatch, station.version);
        StationRequestRules.Resolved resolved = StationRequestRules.resolve(request);
        apply(request, resolved, station);
        slots.changeCapacity(id, station.slotCapacity, clock.instant());
        changes.announce(StreetQueries.REFERENCE_DATA_KIND);
        return saved(station, locale);
    }

    /** Closes the station on a day (or changes the reason); slots of that day are no longer offered. */
    @Transactional
    public Versioned<AdminStationView> closeOn(UUID id, LocalDate day, String reason, Locale locale) {
        Station station = find(id, LockModeType.PESSIMISTIC_WRITE);
        requireClosable(day);
        ClosedDay closed = ClosedDay.findById(new ClosedDay.Key(id, day));
        if (closed == null) {
            closed = new ClosedDay();
            closed.stationId = id;
            closed.closedOn = day;
            closed.reason = reason.strip();
            closed.persist();
            station.updatedAt = clock.instant();
        } else if (!closed.reason.equals(reason.strip())) {
            closed.reason = reason.strip();
            station.updatedAt = clock.instant();
        }
        return saved(station, locale);
    }

    /** Opens the station again on a day; reopening a day that is not closed changes nothing. */
    @Transactional
    public Versioned<AdminStationView> reopenOn(UUID id, LocalDate day, Locale locale) {
        Station station = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (ClosedDay.deleteById(new ClosedDay.Key(id, day))) {
            station.updatedAt = clock.instant();
        }
        return saved(station, locale);
    }

    private void apply(StationRequest request, StationRequestRules.Resolved resolved, Station station) {
        station.street = resolved.street();
        station.name = request.name().strip();
        station.kind = request.kind();
        station.address = request.address().strip();
        station.latitude = request.location().lat();
        station.longitude = request.location().lng();
        station.floorAreaSqm = request.floorAreaSqm();
        station.openedOn = request.openedOn();
        station.phone = request.phone();
        station.description = request.description();
        station.facilities.clear();
        station.facilities.addAll(resolved.facilities());
        station.openingHours.clear();
        station.openingHours.addAll(resolved.openingHours());
        station.slotMinutes = request.slotMinutes();
        station.slotCapacity = request.slotCapacity();
        station.updatedAt = clock.instant();
    }

    /** A closed day is today or later, and at most a year ahead: beyond that nobody plans holidays yet. */
    private void requireClosable(LocalDate day) {
        LocalDate today = BeijingTime.today(clock);
        String rule = day.isBefore(today) ? "DATE_IN_PAST" : day.isAfter(today.plusYears(1)) ? "DATE_TOO_FAR" : null;
        if (rule != null) {
            throw ApiProblem.invalidField("date", rule);
        }
    }

    private Versioned<AdminStationView> saved(Station station, Locale locale) {
        // the version moves on at the flush: the ETag must be the one after the change
        entityManager.flush();
        return versioned(station, locale);
    }

    private Versioned<AdminStationView> versioned(Station station, Locale locale) {
        List<ClosedDay> closedDays = upcomingClosedDays(List.of(station.id)).getOrDefault(station.id, List.of());
        return new Versioned<>(AdminStationView.of(station, closedDays, locale), station.version);
    }

    private Map<UUID, List<ClosedDay>> upcomingClosedDays(List<UUID> stationIds) {
        if (stationIds.isEmpty()) {
            return Map.of();
        }
        return ClosedDay.<ClosedDay>list("stationId in ?1 and closedOn >= ?2 order by closedOn", stationIds,
                        BeijingTime.today(clock)).stream()
                .collect(Collectors.groupingBy(day -> day.stationId));
    }

    private static Station find(UUID id, LockModeType lock) {
        Station station = Station.findById(id, lock);
        if (station == null) {
            throw ApiProblem.notFound("STATION_NOT_FOUND", id);
        }
        return station;
    }
}
