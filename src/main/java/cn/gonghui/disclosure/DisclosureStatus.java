package cn.gonghui.disclosure;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/**
 * A disclosure is a draft nobody outside sees, then published, and may be withdrawn (with a
 * reason, which stays visible to officers); a draft may be withdrawn unpublished. A published one
 * is corrected by a new version, not by a move.
 */
public enum DisclosureStatus implements Coded {
    DRAFT, PUBLISHED, WITHDRAWN;

    static final Moves<DisclosureStatus> MOVES = Moves.of(DisclosureStatus.class)
            .allow(DRAFT, PUBLISHED, WITHDRAWN)
            .allow(PUBLISHED, WITHDRAWN)
            .build();

    public static DisclosureStatus ofCode(String code) {
        return Coded.ofCode(DisclosureStatus.class, code);
    }

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<DisclosureStatus> {

        public AsText() {
            super(DisclosureStatus.class);
        }
    }
}
