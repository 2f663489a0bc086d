package cn.gonghui.disbursement;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import jakarta.persistence.Converter;

/** What became of a payment: scheduled, then paid or failed; a failed one may be scheduled again. */
public enum DisbursementStatus implements Coded {
    SCHEDULED, PAID, FAILED;

    /** The officers' reports; a paid payment is the end, the fund's audit keeps it as it is. */
    public static final Moves<DisbursementStatus> MOVES = Moves.of(DisbursementStatus.class)
            .allow(SCHEDULED, PAID, FAILED)
            .allow(FAILED, SCHEDULED)
            .build();

    public static DisbursementStatus ofCode(String code) {
        return Coded.ofCode(DisbursementStatus.class, code);
    }

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<DisbursementStatus> {

        public AsText() {
            super(DisbursementStatus.class);
        }
    }
}
