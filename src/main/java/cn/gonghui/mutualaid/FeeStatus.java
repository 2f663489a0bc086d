package cn.gonghui.mutualaid;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/** An enrollment's fee: due until the officer records it paid (offline; there is no payment integration). */
public enum FeeStatus implements Coded {
    DUE, PAID;

    public static final Moves<FeeStatus> MOVES = Moves.of(FeeStatus.class).allow(DUE, PAID).build();

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<FeeStatus> {

        public AsText() {
            super(FeeStatus.class);
        }
    }
}
