package cn.gonghui.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "gonghui.notification")
public interface NotificationSettings {

    /**
     * The WeChat subscribe-message template per event (an application status such as
     * {@code accepted}, or {@code appointment_booked}); events without one reach the inbox only.
     */
    Map<String, String> templates();

    /** The template of events that have none of their own. */
    Optional<String> defaultTemplate();

    /** The mini-program page a message opens, with {id} for the application. */
    @WithDefault("pages/applications/detail?id={id}")
    String page();

    /** Delivery attempts before a message is given up as failed. */
    @WithDefault("8")
    int maxAttempts();

    /** The first pause before a retry; each further one doubles it. */
    @WithDefault("PT30S")
    Duration firstRetry();

    /** How often each instance looks for due messages (read by the scheduler). */
    @WithDefault("5s")
    String deliverEvery();

    /** Rows one delivery round takes. */
    @WithDefault("20")
    int batchSize();

    default Optional<String> templateFor(String event) {
        return Optional.ofNullable(templates().get(event)).or(this::defaultTemplate);
    }
}
