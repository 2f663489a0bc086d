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
