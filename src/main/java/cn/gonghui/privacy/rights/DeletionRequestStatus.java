package cn.gonghui.privacy.rights;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/** A deletion request is pending until the erasure job carried it out; then it is completed for good. */
public enum DeletionRequestStatus implements Coded {
    PENDING, COMPLETED;

    static final Moves<DeletionRequestStatus> MOVES = Moves.of(DeletionRequestStatus.class)
            .allow(PENDING, COMPLETED)
            .build();

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<DeletionRequestStatus> {

        public AsText() {
            super(DeletionRequestStatus.class);
        }
    }
}
