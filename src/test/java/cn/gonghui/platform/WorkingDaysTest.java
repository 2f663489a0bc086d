package cn.gonghui.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.platform.time.WorkingDays;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Working days skip weekends and public holidays and count the weekend days worked instead. */
@QuarkusTest
class WorkingDaysTest {

    @Inject
    WorkingDays workingDays;

    @Test
    @TestTransaction
    void anOrdinaryWeekSkipsTheWeekend() {
        // Friday 2026-11-20 + 1 working day = Monday 2026-11-23
        assertThat(workingDays.after(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(workingDays.after(LocalDate.of(2026, 11, 16), 10)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    @TestTransaction
    void theNationalDayHolidayAndItsMakeUpSaturday() {
        // Wed 2026-09-30: Oct 1-7 are off, Sat Oct 10 is worked; working days: 8, 9, 10, 12, 13 ...
        assertThat(workingDays.after(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(workingDays.after(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(workingDays.after(LocalDate.of(2026, 9, 30), 4)).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    @TestTransaction
    void theSpringFestival() {
        // Fri 2026-02-13: Sat 14 is worked, 15-23 off
        assertThat(workingDays.after(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(workingDays.after(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
    }
}
