package cn.gonghui.place;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening period of a weekday, in Beijing time. */
@Embeddable
public class OpeningPeriod {

    /** ISO day of week, 1 = Monday. */
    @Column(name = "day_of_week")
    public short dayOfWeek;

    public LocalTime opens;

    public LocalTime closes;

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }
}
