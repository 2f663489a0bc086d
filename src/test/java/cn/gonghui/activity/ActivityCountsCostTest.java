package cn.gonghui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.ReadCost;
import cn.gonghui.testing.ReadCost.Cost;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The counts a page of activities shows (places taken, waiting lists) are one statement each for the
 * whole page, and Hibernate keeps their translation, whatever the number of activities.
 */
@QuarkusTest
class ActivityCountsCostTest {

    @Inject
    ReadCost cost;

    @Inject
    ActivityCounts counts;

    @Test
    void aPageOfActivitiesIsCountedInOneStatementPerFigureTranslatedOnce() {
        List<UUID> one = List.of(UUID.randomUUID());
        List<UUID> three = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        assertThat(cost.of(() -> counts.byStatus(one))).isEqualTo(new Cost(1, 1, 0));
        assertThat(cost.of(() -> counts.byStatus(three))).isEqualTo(new Cost(1, 1, 0));
        assertThat(cost.of(() -> counts.waitlistLengths(three))).isEqualTo(new Cost(1, 1, 0));
    }
}
