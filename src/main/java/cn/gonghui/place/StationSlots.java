package cn.gonghui.place;

import cn.gonghui.platform.database.ReadOnlyTransaction;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The appointment slots of stations: what the public may book, and taking or giving back a place
 * for the appointment code. Booking runs inside that code's transaction, so a place is taken if
 * and only if its appointment is stored. A full or unavailable slot is an answer, not a failure:
 * it leaves the caller's transaction usable, e.g. to try another slot.
 */
@ApplicationScoped
public class StationSlots {

    /** The longest range of days one list may cover. */
    public static final int MAX_DAYS = 31;
    private static final int DEFAULT_DAYS = 7;

    private final StationSlotStore store;
    private final Clock clock;

    public StationSlots(StationSlotStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Station> findStation(UUID stationId) {
        return Station.findByIdOptional(stationId);
    }

    /** The station a slot id names, when the text is a slot id at all. */
    public Optional<UUID> stationOf(String slotId) {
        return SlotId.parse(slotId).map(SlotId::stationId);
    }

    /**
     * The slots from {@code from} to {@code to} (Beijing dates, both included; by default the
     * week from today) that have not started, with the places left in each.
     */
    @ReadOnlyTransaction
    public Page<SlotView> available(UUID stationId, LocalDate from, LocalDate to, PageParams page) {
        Station station = findStation(stationId).orElseThrow(() -> ApiProblem.notFound("STATION_NOT_FOUND", stationId));
        LocalDate first = from != null ? from : BeijingTime.today(clock);
        LocalDate last = to != null ? to : first.plusDays(DEFAULT_DAYS - 1);
        requireRange(first, last);
        Instant now = clock.instant();
        Instant after = page.after().map(cursor -> Instant.ofEpochSecond(cursor.expect(1).integer(0)))
                .filter(cursor -> cursor.isAfter(now)).orElse(now);
        List<SlotSchedule.Slot> slots = scheduleOf(station, first, last).between(first, last).stream()
                .filter(slot -> slot.startInstant().isAfter(after))
                .limit(page.limit() + 1L)
                .toList();
        Map<Instant, StationSlot> booked = slots.isEmpty() ? Map.of()
                : store.between(stationId, slots.get(0).startInstant(), slots.get(slots.size() - 1).startInstant())
                        .stream().collect(Collectors.toMap(row -> row.startsAt, Function.identity()));
        return Page.of(slots, page.limit(), slot -> Cursor.of(slot.startInstant().getEpochSecond()),
                slot -> view(station, slot, booked.get(slot.startInstant())));
    }

    /**
     * Takes a place in a slot of the station: 400 for text that is no slot id, 422
     * {@code SLOT_UNAVAILABLE} for a slot the station does not offer (another station's, off its
     * hours, on a closed day, started), 409 {@code SLOT_FULL} when no place is left.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ApiProblem.class)
    public BookedSlot book(UUID stationId, String slotId) {
        SlotId id = SlotId.parse(slotId).orElseThrow(() -> ApiProblem.invalidField("slotId", "INVALID_SLOT_ID"));
        if (!id.stationId().equals(stationId)) {
            throw ApiProblem.unprocessable("SLOT_UNAVAILABLE", id.text());
        }
        Station station = findStation(stationId).orElseThrow(() -> ApiProblem.notFound("STATION_NOT_FOUND", stationId));
        LocalDate day = id.start().toLocalDate();
        SlotSchedule.Slot slot = scheduleOf(station, day, day).startingAt(id.start())
                .filter(offered -> offered.startInstant().isAfter(clock.instant()))
                .orElseThrow(() -> ApiProblem.unprocessable("SLOT_UNAVAILABLE", id.text()));
        store.materialise(stationId, slot.startInstant(), slot.endInstant(), station.slotCapacity);
        if (!store.take(stationId, slot.startInstant())) {
            throw ApiProblem.conflict("SLOT_FULL", id.text());
        }
        return new BookedSlot(id.text(), stationId, slot.startInstant(), slot.endInstant());
    }

    /** Gives back the place an appointment held in the slot starting at {@code start}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID stationId, Instant start) {
        store.giveBack(stationId, start);
    }

    private static SlotSchedule scheduleOf(Station station, LocalDate from, LocalDate to) {
        Set<LocalDate> closed = ClosedDay.<ClosedDay>list("stationId = ?1 and closedOn between ?2 and ?3",
                station.id, from, to).stream().map(day -> day.closedOn).collect(Collectors.toSet());
        return new SlotSchedule(station.openingHours, station.slotMinutes, closed);
    }

    private static SlotView view(Station station, SlotSchedule.Slot slot, StationSlot booked) {
        SlotId id = new SlotId(station.id, slot.start());
        return booked == null ? SlotView.of(id, slot, station.slotCapacity, station.slotCapacity)
                : SlotView.of(id, slot, booked.capacity, booked.remaining());
    }

    private void requireRange(LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        if (from.isBefore(BeijingTime.today(clock))) {
            errors.add(FieldError.of("from", "DATE_IN_PAST"));
        }
        if (to.isBefore(from)) {
            errors.add(FieldError.of("to", "BEFORE_FROM"));
        } else if (to.isAfter(from.plusDays(MAX_DAYS - 1))) {
            errors.add(FieldError.of("to", "RANGE_TOO_LONG"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(errors);
        }
    }
}
