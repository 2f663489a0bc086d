package cn.gonghui.hardship;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/** A programme offered to a member (免申即享), applied for once with one tap. */
public enum HardshipOfferStatus implements Coded {
    OFFERED, APPLIED;

    static final Moves<HardshipOfferStatus> MOVES = Moves.of(HardshipOfferStatus.class)
            .allow(OFFERED, APPLIED)
            .build();

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<HardshipOfferStatus> {

        public AsText() {
            super(HardshipOfferStatus.class);
        }
    }
}
