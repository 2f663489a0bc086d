package cn.gonghui.hardship;

import cn.gonghui.platform.time.BeijingTime;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * The hardship figures are checked once, at start-up: without a minimum-living line in force today
 * every file would fail at submission, so the service refuses to start instead (as legal aid does
 * with its minimum wage).
 */
@Startup
@ApplicationScoped
public class HardshipSettingsCheck {

    public HardshipSettingsCheck(HardshipSettings settings, Clock clock) {
        settings.lineOn(BeijingTime.today(clock));
    }
}
