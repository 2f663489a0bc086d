package cn.gonghui.roster;

import static cn.gonghui.testing.StateRules.assertMoves;
import static cn.gonghui.testing.StateRules.to;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** An import job's status: queued, running batch by batch, then completed or failed for good. */
class ImportStatusTest {

    @Test
    void aJobRunsOnceQueuedAndEndsCompletedOrFailed() {
        assertMoves(ImportStatus.class, ImportStatus.MOVES, Map.of(
                ImportStatus.QUEUED, to(ImportStatus.RUNNING),
                ImportStatus.RUNNING, to(ImportStatus.COMPLETED, ImportStatus.FAILED)));
    }
}
