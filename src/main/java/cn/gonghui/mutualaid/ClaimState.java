package cn.gonghui.mutualaid;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/**
 * A claim's own record beside its application: open while the application is, approved once an
 * amount was recorded (it counts against the year's cap), closed when rejected or withdrawn.
 */
public enum ClaimState implements Coded {
    OPEN, APPROVED, CLOSED;

    public static final Moves<ClaimState> MOVES = Moves.of(ClaimState.class)
            .allow(OPEN, APPROVED, CLOSED)
            .build();

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<ClaimState> {

        public AsText() {
            super(ClaimState.class);
        }
    }
}
