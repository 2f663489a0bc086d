package cn.gonghui.integration.webhook;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/**
 * One event on its way to one subscription: pending until the receiver answers 2xx (delivered) or
 * the retries run out (failed); the owner may send either again (redeliver), with the same webhook-id.
 */
public enum DeliveryStatus implements Coded {
    PENDING, DELIVERED, FAILED;

    static final Moves<DeliveryStatus> MOVES = Moves.of(DeliveryStatus.class)
            .allow(PENDING, DELIVERED, FAILED)
            .allow(DELIVERED, PENDING)
            .allow(FAILED, PENDING)
            .build();

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<DeliveryStatus> {

        public AsText() {
            super(DeliveryStatus.class);
        }
    }
}
