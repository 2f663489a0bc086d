package cn.gonghui.place;

import cn.gonghui.platform.time.ClockProducer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The slots a station offers: each opening period of its week cut into slots of its length from
 * the opening time on (a remainder too short for a slot is not offered), on every day that is not
 * closed. Computed, never stored: changing the hours changes the slots at once.
 */
final class SlotSchedule {

    /** One slot, in Beijing time. */
    record Slot(LocalDateTime start, LocalDateTime end) {

        Instant startInstant() {
            return start.atZone(ClockProducer.BEIJING).toInstant();
        }

        Instant endInstant() {
            return end.atZone(ClockProducer.BEIJING).toInstant();
        }
    }

    private final Map<DayOfWeek, List<OpeningPeriod>> week = new EnumMap<>(DayOfWeek.class);
    private final int slotMinutes;
    private final Set<LocalDate> closedDays;

    SlotSchedule(List<OpeningPeriod> openingHours, int slotMinutes, Set<LocalDate> closedDays) {
        for (OpeningPeriod period : openingHours) {
            week.computeIfAbsent(period.day(), day -> new ArrayList<>()).add(period);
        }
        week.values().forEach(periods -> periods.sort(Comparator.comparing(period -> period.opens)));
        this.slotMinutes = slotMinutes;
        this.closedDays = Set.copyOf(closedDays);
    }

    /** The slots of the days from {@code from} to {@code to}, both included, in time order. */
    List<Slot> between(LocalDate from, LocalDate to) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            slots.addAll(on(day));
        }
        return slots;
    }

    /** The slot starting at this time, if the schedule offers one then. */
    Optional<Slot> startingAt(LocalDateTime start) {
        return on(start.toLocalDate()).stream().filter(slot -> slot.start().equals(start)).findFirst();
    }

    List<Slot> on(LocalDate day) {
        if (closedDays.contains(day)) {
            return List.of();
        }
        List<Slot> slots = new ArrayList<>();
        for (OpeningPeriod period : week.getOrDefault(day.getDayOfWeek(), List.of())) {
            // in minutes of the day: LocalTime arithmetic would wrap past midnight
            int closes = period.closes.toSecondOfDay() / 60;
            for (int start = period.opens.toSecondOfDay() / 60; start + slotMinutes <= closes; start += slotMinutes) {
                slots.add(new Slot(day.atTime(minuteOfDay(start)), day.atTime(minuteOfDay(start + slotMinutes))));
            }
        }
        return slots;
    }

    private static LocalTime minuteOfDay(int minute) {
        return LocalTime.ofSecondOfDay(minute * 60L);
    }
}
