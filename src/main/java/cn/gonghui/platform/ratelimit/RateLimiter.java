package cn.gonghui.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
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
 *
 * <p>One caller's concurrent requests (fifty phones behind one address asking for the catalogue)
 * would queue on that one row, each holding its lock for a round trip or four: the limit would cost
 * more than the answer it guards. So the requests of a caller arriving together share one bucket
 * handle and Bucket4j's batching sends them to PostgreSQL as one command, however many are waiting.
 * The handles of the callers seen lately are kept in a bounded cache.
 *
 * <p>Even batched, every request was a write transaction on the caller's row before its read. So a
 * handle also takes a small share of the bucket on its own ({@link RateLimitSettings#unsyncedShare()},
 * 5 %) and writes what it took to the row once that share or {@link RateLimitSettings#unsyncedFor()}
 * (ten seconds) is used up, learning there what the other instances took: a busy caller's requests cost
 * a write per 60 reads instead of one each. The row stays the limit; what an instance holds unwritten
 * is at most that share, lost with the handle if it is dropped. Sign-in buckets are too small for a
 * share and are counted exactly.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int SWEEP_BATCH = 1_000;
    /** Callers active within the last half minute whose handles are kept: a few megabytes at most. */
    private static final int HANDLES = 50_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<RouteGroup, BucketConfiguration> configurations = new EnumMap<>(RouteGroup.class);
    private final Map<RouteGroup, Long> capacities = new EnumMap<>(RouteGroup.class);
    /**
     * A bucket keeps the limits it was made with, so the limits are part of its key: a changed
     * setting starts new buckets (the old ones expire and are swept), while instances with the same
     * settings share each caller's bucket.
     */
    private final Map<RouteGroup, String> keyPrefixes = new EnumMap<>(RouteGroup.class);
    private final Map<RouteGroup, Optimization> optimizations = new EnumMap<>(RouteGroup.class);
    private final Cache<String, BucketProxy> handles = Caffeine.newBuilder()
            .maximumSize(HANDLES)
            .expireAfterAccess(Duration.ofSeconds(30))
            .build();

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
            optimizations.put(group, optimization(limit.capacity(), settings));
        }
    }

    /**
     * Batching alone (exact counting, concurrent requests in one command) below two tokens of share,
     * else delaying, which batches too.
     */
    static Optimization optimization(long capacity, RateLimitSettings settings) {
        double share = settings.unsyncedShare();
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("gonghui.rate-limits.unsynced-share must be at least 0 and below 1, not "
                    + share);
        }
        long unsynced = (long) Math.floor(capacity * share);
        return unsynced < 2 ? Optimizations.batching()
                : Optimizations.delaying(new DelayParameters(unsynced, settings.unsyncedFor()));
    }

    /** Takes one token from the caller's bucket of the group; the probe says whether it was there. */
    public ConsumptionProbe take(RouteGroup group, String caller) {
        String key = keyPrefixes.get(group) + caller;
        try {
            return handles.get(key, k -> buckets.builder()
                            .withOptimization(optimizations.get(group))
                            .build(k, () -> configurations.get(group)))
                    .tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            if (!bucketMissing(e)) {
                throw e;
            }
            // A batch of several commands is not the one that creates a caller's first bucket (Bucket4j
            // 8.14 answers BucketNotFoundException to the whole batch, having taken nothing): the first
            // requests of a new caller arriving together go again alone, which creates the row.
            return buckets.builder().build(key, () -> configurations.get(group)).tryConsumeAndReturnRemaining(1);
        }
    }

    private static boolean bucketMissing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BucketNotFoundException) {
                return true;
            }
        }
        return false;
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
