package cn.gonghui.hardship;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/**
 * A hardship file is active for a year from its approval, then expired: by the recheck at its end,
 * by a re-checked file taking over, or by the member's erasure. An expired file stays expired.
 */
public enum HardshipFileStatus implements Coded {
    ACTIVE, EXPIRED;

    static final Moves<HardshipFileStatus> MOVES = Moves.of(HardshipFileStatus.class)
            .allow(ACTIVE, EXPIRED)
            .build();

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<HardshipFileStatus> {

        public AsText() {
            super(HardshipFileStatus.class);
        }
    }
}
