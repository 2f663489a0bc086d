package cn.gonghui.membership;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/**
 * A membership is active from joining, transfers included (the number is kept), and ends with the
 * member's erasure. One membership per person: an ended one is never active again. A membership
 * brought in by a street's roster import is {@code imported} until the worker signs in with WeChat
 * and verifies the same ID number, which claims it (active).
 */
public enum MembershipStatus implements Coded {
    IMPORTED, ACTIVE, ENDED;

    static final Moves<MembershipStatus> MOVES = Moves.of(MembershipStatus.class)
            .allow(IMPORTED, ACTIVE, ENDED)
            .allow(ACTIVE, ENDED)
            .build();

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<MembershipStatus> {

        public AsText() {
            super(MembershipStatus.class);
        }
    }
}
