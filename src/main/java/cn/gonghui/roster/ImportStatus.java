package cn.gonghui.roster;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.Moves;

/**
 * An import waits for a worker ({@code queued}), runs batch by batch ({@code running}, resumed by
 * another worker when its own stops), and ends {@code completed}, or {@code failed} when its file
 * cannot be read to the end.
 */
public enum ImportStatus implements Coded {
    QUEUED, RUNNING, COMPLETED, FAILED;

    static final Moves<ImportStatus> MOVES = Moves.of(ImportStatus.class)
            .allow(QUEUED, RUNNING)
            .allow(RUNNING, COMPLETED, FAILED)
            .build();
}
