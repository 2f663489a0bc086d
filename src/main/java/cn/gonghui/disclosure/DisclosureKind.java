package cn.gonghui.disclosure;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import jakarta.persistence.Converter;

/** What a union discloses (会务公开). Fund documents carry their totals; review results are published by a review round. */
public enum DisclosureKind implements Coded {
    WORK_PLAN, WORK_REPORT, FUND_BUDGET, FUND_FINAL_ACCOUNTS, AUDIT_REPORT, DEMOCRATIC_REVIEW, NOTICE;

    public boolean isFundDocument() {
        return this == FUND_BUDGET || this == FUND_FINAL_ACCOUNTS;
    }

    public static DisclosureKind ofCode(String code) {
        return Coded.ofCode(DisclosureKind.class, code);
    }

    @Converter(autoApply = true)
    public static class AsText extends CodedAsText<DisclosureKind> {

        public AsText() {
            super(DisclosureKind.class);
        }
    }
}
