package cn.gonghui.application;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What can be done to an application, and by whom. */
@Schema(name = "ApplicationAction", description = "对申请的操作 / An action on an application", type = SchemaType.STRING,
        enumeration = {"accept", "request-info", "invite-appointment", "record-visit", "approve", "reject", "escalate",
                "complete", "assign", "submit", "withdraw", "supplement", "book-appointment", "cancel-appointment",
                "evaluate"})
public enum Action {
    ACCEPT("accept", By.OFFICER),
    REQUEST_INFO("request-info", By.OFFICER),
    INVITE_APPOINTMENT("invite-appointment", By.OFFICER),
    RECORD_VISIT("record-visit", By.OFFICER),
    APPROVE("approve", By.OFFICER),
    REJECT("reject", By.OFFICER),
    ESCALATE("escalate", By.OFFICER),
    COMPLETE("complete", By.OFFICER),
    ASSIGN("assign", By.OFFICER),
    SUBMIT("submit", By.APPLICANT),
    WITHDRAW("withdraw", By.APPLICANT),
    SUPPLEMENT("supplement", By.APPLICANT),
    BOOK_APPOINTMENT("book-appointment", By.APPLICANT),
    CANCEL_APPOINTMENT("cancel-appointment", By.APPLICANT),
    EVALUATE("evaluate", By.APPLICANT);

    /** Who takes an action: the applicant in the mini-program, or an officer in the admin client. */
    public enum By { APPLICANT, OFFICER }

    private final String code;
    private final By by;

    Action(String code, By by) {
        this.code = code;
        this.by = by;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public By by() {
        return by;
    }

    public static Optional<Action> officerAction(String code) {
        for (Action action : values()) {
            if (action.by == By.OFFICER && action.code.equals(code)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
