package cn.gonghui.platform.jobs;

import cn.gonghui.platform.error.DatabaseTrouble;
import io.quarkus.scheduler.FailedExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * How a failed run of a scheduled job is logged (the scheduler's own ERROR with a stack trace is
 * switched off in application.properties). A job that failed because the database is down or busy
 * gets one WARN line: during an outage the outbox and the webhooks try every few seconds, and a
 * stack trace each time would bury what matters. Anything else is a bug and keeps its stack trace.
 */
@ApplicationScoped
public class JobFailures {

    private static final Logger LOG = Logger.getLogger(JobFailures.class);

    void failed(@Observes FailedExecution failure) {
        String job = failure.getExecution().getTrigger().getId();
        DatabaseTrouble.of(failure.getException()).ifPresentOrElse(
                trouble -> LOG.warnf("Job %s did not run: %s (%s); it runs again on its schedule", job, trouble.code(),
                        DatabaseTrouble.rootCause(failure.getException())),
                () -> LOG.errorf(failure.getException(), "Job %s failed", job));
    }
}
