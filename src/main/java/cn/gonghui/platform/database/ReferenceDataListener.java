package cn.gonghui.platform.database;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the reference-data changes every instance announces ({@link ReferenceDataChanges}) on one
 * connection kept for {@code LISTEN}, and passes each on as a CDI event. When the connection is
 * lost the instance may have missed a change: after reconnecting it tells every cache to drop
 * everything, so a copy is never older than the outage.
 */
@ApplicationScoped
public class ReferenceDataListener {

    private static final Logger LOG = Logger.getLogger(ReferenceDataListener.class);
    private static final int WAIT_MILLIS = 5_000;
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final Event<ReferenceDataChanged> changed;
    private volatile boolean running;
    private volatile Thread thread;

    public ReferenceDataListener(DataSource dataSource, Event<ReferenceDataChanged> changed) {
        this.dataSource = dataSource;
        this.changed = changed;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        Thread listening = new Thread(this::listen, "reference-data-listener");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ReferenceDataChanges.CHANNEL);
                }
                if (!first) {
                    changed.fire(new ReferenceDataChanged(ReferenceDataChanged.EVERYTHING));
                }
                first = false;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            changed.fire(new ReferenceDataChanged(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Listening for reference-data changes failed (%s); retrying in %s", e.getMessage(), RETRY);
                    pause();
                    first = false;
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
