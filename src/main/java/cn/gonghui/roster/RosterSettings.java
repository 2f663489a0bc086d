package cn.gonghui.roster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "gonghui.roster")
public interface RosterSettings {

    /** Rows an import commits at once: its cursor moves by this much, and a restart repeats at most this much. */
    @WithDefault("500")
    int batchSize();

    /** How long a worker holds a job it claimed without committing a batch; then another instance may resume it. */
    @WithDefault("PT2M")
    Duration lease();

    /** How often each instance looks for an import to run (read by the scheduler; {@code off} in tests). */
    @WithDefault("2s")
    String runEvery();

    /** The most rows one roster may hold. */
    @WithDefault("200000")
    int maxRows();

    /** Rows an export reads from the database at once. */
    @WithDefault("1000")
    int exportBatchSize();
}
