package cn.gonghui.integration.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "gonghui.webhooks")
public interface WebhookSettings {

    /** How long a receiver has to answer one delivery. */
    @WithDefault("PT10S")
    Duration timeout();

    /** The pauses before each retry of a failed delivery; after the last one it is given up. */
    @WithDefault("PT5S,PT5M,PT30M,PT2H,PT5H,PT10H")
    List<Duration> retrySchedule();

    /** A subscription whose deliveries failed without a success for this long is disabled. */
    @WithDefault("P5D")
    Duration disableAfter();

    /** How long a rotated secret keeps signing beside the new one. */
    @WithDefault("PT24H")
    Duration secretOverlap();

    /**
     * Allow {@code http://} to a loopback address (127.0.0.1, ::1, localhost): a developer's local
     * receiver. Off in prod, where a URL must be https and resolve to public addresses only.
     */
    @WithDefault("false")
    boolean allowLoopbackHttp();

    /** How often each instance looks for due deliveries (read by the scheduler). */
    @WithDefault("5s")
    String deliverEvery();

    /** How long a delivery that ended (delivered or given up) and its event are kept, for the deliveries log. */
    @WithDefault("P30D")
    Duration retention();

    /** When the nightly purge of old deliveries runs (read by the scheduler). */
    @WithDefault("0 45 3 * * ?")
    String retentionCron();

    /** Deliveries of one subscription a dispatcher sends before it lets the next subscription go. */
    @WithDefault("20")
    int batchSize();
}
