package cn.gonghui.review;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/**
 * A review round collects answers until its results are published. Whether it is upcoming, open or
 * closed while collecting is a matter of its times ({@link ReviewPhase}), not of its status.
 */
public enum ReviewRoundStatus implements Coded {
    COLLECTING, PUBLISHED;

    static final Moves<ReviewRoundStatus> MOVES = Moves.of(ReviewRoundStatus.class)
            .allow(COLLECTING, PUBLISHED)
            .build();

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<ReviewRoundStatus> {

        public AsText() {
            super(ReviewRoundStatus.class);
        }
    }
}
