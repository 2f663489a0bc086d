package cn.gonghui.activity;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/**
 * An activity is published, and may be called off (cancelled) by its union. Whether it is open for
 * sign-up, running or over is a matter of its times, not of its status.
 */
public enum ActivityStatus implements Coded {
    PUBLISHED, CANCELLED;

    static final Moves<ActivityStatus> MOVES = Moves.of(ActivityStatus.class)
            .allow(PUBLISHED, CANCELLED)
            .build();

    public static ActivityStatus ofCode(String code) {
        return Coded.ofCode(ActivityStatus.class, code);
    }

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<ActivityStatus> {

        public AsText() {
            super(ActivityStatus.class);
        }
    }
}
