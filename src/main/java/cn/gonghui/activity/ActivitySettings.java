package cn.gonghui.activity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code gonghui.activities.*}: check-in and the closing of attendance. */
@ConfigMapping(prefix = "gonghui.activities")
public interface ActivitySettings {

    /** How long a member's check-in code is accepted by the officer's scanner. */
    @WithDefault("PT2M")
    Duration checkInCodeLifetime();

    /** How long before the start officers may check members in. */
    @WithDefault("PT2H")
    Duration checkInOpensBefore();

    /** How often each instance marks the unchecked registrations of ended activities no_show (read by the scheduler). */
    @WithDefault("10m")
    String closeAttendanceEvery();

    /** The mini-program page a notice about an activity opens, with {id} for the activity. */
    @WithDefault("pages/activities/detail?id={id}")
    String page();
}
