package cn.gonghui.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.testing.CountedConnections;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A busy caller's tokens are written to PostgreSQL a share at a time, not one request at a time, and
 * the limit still holds across instances within that share.
 */
@QuarkusTest
class UnsyncedShareTest {

    /** 100 an hour: no token comes back during the test; a 5 % share is 5 tokens. */
    static final long CAPACITY = 100;
    static final long SHARE = 5;

    @Inject
    DataSource dataSource;

    @Test
    void aBusyCallersRequestsWriteTheirBucketOncePerShareNotOncePerRequest() {
        CountedConnections connections = new CountedConnections(dataSource);
        RateLimiter instance = new RateLimiter(connections.dataSource(), limits(0.05));
        String caller = "id:busy-" + System.nanoTime();

        for (int request = 1; request <= 50; request++) {
            ConsumptionProbe probe = instance.take(RouteGroup.READ, caller);
            assertThat(probe.isConsumed()).isTrue();
            assertThat(probe.getRemainingTokens()).as("where the caller stands, request " + request)
                    .isEqualTo(CAPACITY - request);
        }
        // the first request makes the bucket; then five are taken on their own and the sixth writes them
        assertThat(connections.taken()).as("one transaction per six requests, not 50").isBetween(9, 11);

        CountedConnections exactConnections = new CountedConnections(dataSource);
        RateLimiter exact = new RateLimiter(exactConnections.dataSource(), limits(0));
        for (int request = 1; request <= 50; request++) {
            exact.take(RouteGroup.READ, "id:exact-" + caller);
        }
        assertThat(exactConnections.taken()).as("a share of 0 writes every request to PostgreSQL").isGreaterThanOrEqualTo(50);
    }

    @Test
    void twoInstancesHammeringOneCallerGrantAtMostTheLimitAndOneShareEach() throws Exception {
        RateLimiter first = new RateLimiter(dataSource, limits(0.05));
        RateLimiter second = new RateLimiter(dataSource, limits(0.05));
        String caller = "ip:203.0.113." + System.nanoTime() % 200 + "-" + System.nanoTime();
        int attempts = (int) CAPACITY * 3;
        ExecutorService phones = Executors.newFixedThreadPool(8);
        CountDownLatch together = new CountDownLatch(1);
        try {
            List<Future<Boolean>> takes = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                RateLimiter instance = i % 2 == 0 ? first : second;
                takes.add(phones.submit(() -> {
                    together.await();
                    return instance.take(RouteGroup.READ, caller).isConsumed();
                }));
            }
            together.countDown();
            long granted = 0;
            for (Future<Boolean> take : takes) {
                granted += take.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(granted).as("the limit, and at most a share more per instance")
                    .isBetween(CAPACITY, CAPACITY + 2 * SHARE);
        } finally {
            phones.shutdownNow();
        }
        RateLimiter third = new RateLimiter(dataSource, limits(0));
        assertThat(third.take(RouteGroup.READ, caller).isConsumed())
                .as("what both instances took is in PostgreSQL once their shares are written").isFalse();
    }

    @Test
    void aShareOutsideZeroToOneStopsTheStart() {
        assertThatThrownBy(() -> new RateLimiter(dataSource, limits(1.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsynced-share");
    }

    /** The read group at {@link #CAPACITY} an hour with the given share, shares kept unwritten for an hour. */
    private static RateLimitSettings limits(double share) {
        RateLimitSettings.Limit limit = new RateLimitSettings.Limit() {
            @Override
            public long capacity() {
                return CAPACITY;
            }

            @Override
            public Duration period() {
                return Duration.ofHours(1);
            }
        };
        return new RateLimitSettings() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Limit signIn() {
                return limit;
            }

            @Override
            public Limit integration() {
                return limit;
            }

            @Override
            public Limit write() {
                return limit;
            }

            @Override
            public Limit read() {
                return limit;
            }

            @Override
            public double unsyncedShare() {
                return share;
            }

            @Override
            public Duration unsyncedFor() {
                return Duration.ofHours(1);
            }

            @Override
            public String purgeEvery() {
                return "off";
            }
        };
    }
}
