package cn.gonghui.mutualaid;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether this request files a claim from a settlement of the medical insurance: its claim needs no
 * invoices, carries the settlement's id, and may be approved by the service itself within the
 * auto-pay limit. Set by {@link Settlements} before it submits, read by the line's rules.
 */
@RequestScoped
public class SettlementFiling {

    private String settlementId;
    private boolean autoApproving;

    void filing(String settlementId) {
        this.settlementId = settlementId;
    }

    String settlementId() {
        return settlementId;
    }

    boolean fromSettlement() {
        return settlementId != null;
    }

    void autoApproving(boolean approving) {
        this.autoApproving = approving;
    }

    boolean autoApproving() {
        return autoApproving;
    }
}
