package cn.gonghui.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The limits per route group ({@code gonghui.rate-limits.<group>.capacity} requests per {@code .period}). */
@ConfigMapping(prefix = "gonghui.rate-limits")
public interface RateLimitSettings {

    @WithDefault("true")
    boolean enabled();

    Limit signIn();

    Limit integration();

    Limit write();

    Limit read();

    /**
     * The share of a bucket an instance may take on its own before it tells PostgreSQL (Bucket4j's
     * delaying optimization): at 0.05, a read bucket of 1,200 a minute is written once per 60
     * requests or per {@link #unsyncedFor()}, whichever comes first, and a caller spreading a burst
     * over n instances gets at most n × 5 % more than the limit, paid back from the next refills.
     * A group whose share is under two tokens (sign-in) is counted exactly; 0 counts every group exactly.
     */
    @WithDefault("0.05")
    double unsyncedShare();

    /**
     * The longest an instance keeps tokens it took without telling PostgreSQL, and so the longest its
     * view of the other instances' takes may be old. What it may take unwritten is bounded by the
     * share, however long this is; long enough that a member's requests of a few seconds share a write.
     */
    @WithDefault("10s")
    Duration unsyncedFor();

    /** How often each instance drops the buckets that have filled up again (a one-statement sweep). */
    @WithDefault("10m")
    String purgeEvery();

    default Limit of(RouteGroup group) {
        return switch (group) {
            case SIGN_IN -> signIn();
            case INTEGRATION -> integration();
            case WRITE -> write();
            case READ -> read();
        };
    }

    interface Limit {

        long capacity();

        Duration period();
    }
}
