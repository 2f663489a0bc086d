package cn.gonghui.legalaid;

import cn.gonghui.platform.time.BeijingTime;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The eligibility rule built from configuration once, at start-up: a wrong figure, or a schedule
 * that does not yet cover today, stops the service from starting rather than misjudging requests.
 */
@Startup
@ApplicationScoped
public class LegalAidPolicy {

    private final Eligibility eligibility;

    public LegalAidPolicy(LegalAidSettings settings, Clock clock) {
        MinimumWageSchedule schedule = MinimumWageSchedule.parse(settings.minimumWage());
        LocalDate today = BeijingTime.today(clock);
        if (schedule.firstDay().isAfter(today)) {
            throw new IllegalStateException("gonghui.legal-aid.minimum-wage starts on " + schedule.firstDay()
                    + ", after today (" + today + "): give the figure in force today too");
        }
        this.eligibility = new Eligibility(settings.amountThreshold(), schedule);
    }

    public Eligibility eligibility() {
        return eligibility;
    }
}
