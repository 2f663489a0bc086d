package cn.gonghui.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Token buckets shared by every instance: Bucket4j keeps each caller's bucket of each route group
 * as a row of {@code rate_limit_buckets} and takes a token under {@code SELECT … FOR UPDATE}, so a
 * caller spreading requests over several replicas meets one limit, not one per replica. A bucket
 * that has filled up again is worth nothing and is dropped by the sweep.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int SWEEP_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<RouteGroup, BucketConfiguration> configurations = new EnumMap<>(RouteGroup.class);
    private final Map<RouteGroup, Long> capacities = new EnumMap<>(RouteGroup.class);
    /**
     * A bucket keeps the limits it was made with, so the limits are part of its key: a changed
     * setting starts new buckets (the old ones expire and are swept), while instances with the same
     * settings share each caller's bucket.
     */
    private final Map<RouteGroup, String> keyPrefixes = new EnumMap<>(RouteGroup.class);

    public RateLimiter(DataSource dataSource, RateLimitSettings settings) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
        for (RouteGroup group : RouteGroup.values()) {
            RateLimitSettings.Limit limit = settings.of(group);
            capacities.put(group, limit.capacity());
            keyPrefixes.put(group, group.configName() + ":" + limit.capacity() + "/" + limit.period().toSeconds() + "s:");
            configurations.put(group, BucketConfiguration.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                            .refillGreedy(limit.capacity(), limit.period()))
                    .build());
        }
    }

    /** Takes one token from the caller's bucket of the group; the probe says whether it was there. */
    public ConsumptionProbe take(RouteGroup group, String caller) {
        return buckets.builder().build(keyPrefixes.get(group) + caller, () -> configurations.get(group))
                .tryConsumeAndReturnRemaining(1);
    }

    public long capacity(RouteGroup group) {
        return capacities.get(group);
    }

    @Scheduled(every = "{gonghui.rate-limits.purge-every}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        // SKIP LOCKED batches inside the library: several instances sweep side by side
        int removed;
        do {
            removed = buckets.removeExpired(SWEEP_BATCH);
        } while (removed == SWEEP_BATCH);
    }
}
