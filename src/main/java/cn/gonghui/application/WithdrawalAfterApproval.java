package cn.gonghui.application;

/**
 * Whether an applicant may still withdraw an application its line's officer approved. What the
 * approval did decides: an approval that acted outside the application (a member number issued, a
 * card ordered from the bank, a hardship file opened, payments scheduled) cannot be taken back by
 * the applicant alone, so the withdrawal is refused; an approval that only decided leaves the
 * applicant free to drop the request. Every line says which, in {@link LineRules}.
 */
public enum WithdrawalAfterApproval {

    /** The approval did nothing a withdrawal would have to take back: the applicant may still withdraw. */
    ALLOWED,

    /** The approval acted: once approved, a withdrawal is a 409 {@code WITHDRAWAL_NOT_ALLOWED}. */
    REFUSED
}
