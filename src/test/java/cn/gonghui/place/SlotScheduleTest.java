package cn.gonghui.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How opening hours become slots, and how slot ids are written and read. */
class SlotScheduleTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final UUID STATION = UUID.fromString("01a20144-3af1-7ea3-9ce3-d9690a412c72");

    @Test
    void aPeriodIsCutFromItsOpeningAndARemainderTooShortIsNotOffered() {
        SlotSchedule schedule = new SlotSchedule(List.of(period(1, "09:00", "11:10")), 45, Set.of());

        assertThat(schedule.on(MONDAY)).extracting(slot -> slot.start().toLocalTime().toString())
                .containsExactly("09:00", "09:45");
        assertThat(schedule.on(MONDAY).get(1).end().toLocalTime()).isEqualTo(LocalTime.of(10, 30));
    }

    @Test
    void periodsOfADayComeInTimeOrderWhateverOrderTheyWereGiven() {
        SlotSchedule schedule = new SlotSchedule(List.of(period(1, "14:00", "15:00"), period(1, "08:00", "09:00")), 60,
                Set.of());

        assertThat(schedule.on(MONDAY)).extracting(slot -> slot.start().getHour()).containsExactly(8, 14);
        assertThat(schedule.on(MONDAY.plusDays(1))).isEmpty();
    }

    @Test
    void aClosedDayHasNoSlotsAndTheOthersKeepTheirs() {
        SlotSchedule schedule = new SlotSchedule(List.of(period(1, "09:00", "10:00")), 30, Set.of(MONDAY));

        assertThat(schedule.between(MONDAY, MONDAY.plusDays(7))).extracting(slot -> slot.start().toLocalDate())
                .containsExactly(MONDAY.plusDays(7), MONDAY.plusDays(7));
        assertThat(schedule.startingAt(MONDAY.atTime(9, 0))).isEmpty();
        assertThat(schedule.startingAt(MONDAY.plusDays(7).atTime(9, 30))).isPresent();
        assertThat(schedule.startingAt(MONDAY.plusDays(7).atTime(9, 15))).isEmpty();
    }

    @Test
    void aLateEveningPeriodDoesNotWrapPastMidnight() {
        SlotSchedule schedule = new SlotSchedule(List.of(period(1, "22:00", "23:59")), 240, Set.of());
        assertThat(schedule.on(MONDAY)).isEmpty();
    }

    @Test
    void slotIdsNameTheStationAndTheMinuteInBeijing() {
        SlotId id = new SlotId(STATION, LocalDateTime.of(2027, 3, 1, 9, 30));

        assertThat(id.text()).isEqualTo("01a20144-3af1-7ea3-9ce3-d9690a412c72_202703010930").matches(SlotId.PATTERN);
        assertThat(SlotId.parse(id.text())).contains(id);
        assertThat(id.startInstant()).hasToString("2027-03-01T01:30:00Z");
        assertThat(SlotId.parse("01a20144-3af1-7ea3-9ce3-d9690a412c72_202702290930")).isEmpty();
        assertThat(SlotId.parse("01a20144-3af1-7ea3-9ce3-d9690a412c72_202703012460")).isEmpty();
        assertThat(SlotId.parse(null)).isEmpty();
    }

    private static OpeningPeriod period(int dayOfWeek, String opens, String closes) {
        OpeningPeriod period = new OpeningPeriod();
        period.dayOfWeek = (short) dayOfWeek;
        period.opens = LocalTime.parse(opens);
        period.closes = LocalTime.parse(closes);
        return period;
    }
}
