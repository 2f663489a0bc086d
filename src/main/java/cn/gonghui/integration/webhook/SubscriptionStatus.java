package cn.gonghui.integration.webhook;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/** A subscription receives its events while enabled; its owner, or five days of failures, disable it. */
public enum SubscriptionStatus implements Coded {
    ENABLED, DISABLED;

    static final Moves<SubscriptionStatus> MOVES = Moves.of(SubscriptionStatus.class)
            .allow(ENABLED, DISABLED)
            .allow(DISABLED, ENABLED)
            .build();

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<SubscriptionStatus> {

        public AsText() {
            super(SubscriptionStatus.class);
        }
    }
}
