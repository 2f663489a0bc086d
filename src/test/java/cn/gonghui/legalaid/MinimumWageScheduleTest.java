package cn.gonghui.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The minimum wage in force on a day, from configured figures and the days they took effect. */
class MinimumWageScheduleTest {

    private static final MinimumWageSchedule BEIJING =
            MinimumWageSchedule.parse(List.of("2023-09-01:2420.00", "2025-09-01:2540.00"));

    @Test
    void aFigureIsInForceFromItsFirstDayUntilTheDayBeforeTheNextOne() {
        assertThat(BEIJING.inForceOn(LocalDate.of(2023, 9, 1))).isEqualByComparingTo("2420.00");
        assertThat(BEIJING.inForceOn(LocalDate.of(2025, 8, 31))).isEqualByComparingTo("2420.00");
        assertThat(BEIJING.inForceOn(LocalDate.of(2025, 9, 1))).isEqualByComparingTo("2540.00");
        assertThat(BEIJING.inForceOn(LocalDate.of(2026, 12, 1))).isEqualByComparingTo("2540.00");
    }

    @Test
    void aDayBeforeTheFirstFigureHasNone() {
        assertThatThrownBy(() -> BEIJING.inForceOn(LocalDate.of(2023, 8, 31)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2023-08-31");
    }

    @Test
    void amountsAreKeptToTheFen() {
        MinimumWageSchedule schedule = MinimumWageSchedule.parse(List.of(" 2023-09-01:2420 "));
        assertThat(schedule.inForceOn(LocalDate.of(2024, 1, 1))).isEqualTo(new BigDecimal("2420.00"));
        assertThat(schedule.firstDay()).isEqualTo(LocalDate.of(2023, 9, 1));
    }

    @Test
    void aWrongEntryIsRefusedWithItsText() {
        assertThatThrownBy(() -> MinimumWageSchedule.parse(List.of())).hasMessageContaining("no entry");
        assertThatThrownBy(() -> MinimumWageSchedule.parse(List.of("2023-09-01=2420.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023-09-01=2420.00");
        assertThatThrownBy(() -> MinimumWageSchedule.parse(List.of("2023-02-30:2420.00")))
                .hasMessageContaining("not a calendar day");
        assertThatThrownBy(() -> MinimumWageSchedule.parse(List.of("2023-09-01:0.00")))
                .hasMessageContaining("above zero");
        assertThatThrownBy(() -> MinimumWageSchedule.parse(List.of("2023-09-01:2420.001")))
                .hasMessageContaining("2420.001");
        assertThatThrownBy(() -> MinimumWageSchedule.parse(List.of("2025-09-01:2540.00", "2023-09-01:2420.00")))
                .hasMessageContaining("in order");
        assertThatThrownBy(() -> MinimumWageSchedule.parse(List.of("2025-09-01:2540.00", "2025-09-01:2600.00")))
                .hasMessageContaining("each day once");
    }
}
