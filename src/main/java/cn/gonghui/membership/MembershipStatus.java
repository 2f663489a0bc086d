package cn.gonghui.membership;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/**
 * A membership is active from joining, transfers included (the number is kept), and ends with the
 * member's erasure. One membership per person: an ended one is never active again.
 */
public enum MembershipStatus implements Coded {
    ACTIVE, ENDED;

    static final Moves<MembershipStatus> MOVES = Moves.of(MembershipStatus.class)
            .allow(ACTIVE, ENDED)
            .build();

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<MembershipStatus> {

        public AsText() {
            super(MembershipStatus.class);
        }
    }
}
