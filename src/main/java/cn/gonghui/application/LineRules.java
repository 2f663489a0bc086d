package cn.gonghui.application;

import cn.gonghui.catalogue.Service;
import cn.gonghui.platform.error.ApiProblem;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What makes a line more than configuration: who may apply, rules across fields, and what an
 * approval or completion does. A line implements only the hooks it needs; the lifecycle, the
 * history, the notifications and the data scope are the engine's, the same for every line.
 *
 * <p>The hooks see the application and the applicant as values ({@link ApplicationRef},
 * {@link Applicant}), never the entities: a line changes an application only through what its hooks
 * return, and its rules can be tested on plain records.
 *
 * @param <F> the line's view of a filed form (see {@link #formView})
 */
public interface LineRules<F> {

    /** The lines ({@code services.line}) these rules serve. */
    Set<String> lines();

    /**
     * The record the hooks read a filed form as: its components named as the form's attributes, the
     * ordinary and the sensitive ones alike. The catalogue defines and checks the form; this is the
     * line's typed reading of it, which the engine makes once per request ({@link FiledForm}).
     * Attributes the record does not name are left out; one it names that a form lacks is empty.
     */
    Class<F> formView();

    /**
     * Whether the applicant may withdraw once the line's officer approved; no default, every line
     * says. The engine enforces it for {@code allowedActions} and for the withdrawal itself.
     */
    WithdrawalAfterApproval withdrawalAfterApproval(String line);

    /**
     * The line's own refusal of an action the lifecycle allows in the current status, while the
     * line's records are not ready for it (a card the bank has not issued yet, aid not paid yet):
     * the 409 problem to answer, or {@code null}. The engine leaves a refused action out of
     * {@code allowedActions} and answers the problem when it is taken anyway: what is offered succeeds.
     */
    default ApiProblem refusal(Action action, ApplicationRef application) {
        return null;
    }

    /** Before an application is stored; throws a 422 problem when the applicant may not apply. */
    default void beforeSubmit(Applicant applicant, Service service, F form) {
    }

    /**
     * Rules across the form's fields (e.g. income and household size given together), at submission
     * and again at each supplement, before anything is stored; throws a 422 naming the fields.
     */
    default void checkForm(UUID memberId, Service service, F form) {
    }

    /**
     * After the form is stored, at submission and again after each supplement: what the line
     * concludes from the form (e.g. legal aid's eligibility, hardship's classification), kept in
     * the application's result; or {@code null}.
     */
    default ApplicationResult assess(ApplicationRef application, Service service, F form) {
        return null;
    }

    /** Once, inside the submitting transaction, after the application is stored (e.g. a card order). */
    default void afterSubmit(ApplicationRef application, Service service, F form) {
    }

    /**
     * What the action's {@code result} is on this line (e.g. legal aid's approval names the form of
     * help): the engine reads it into that record, every wrong field named, before
     * {@link #onAction}. By default an action takes none.
     */
    default ResultShape resultShape(Action action, ApplicationRef application) {
        return ResultShape.NOTHING;
    }

    /**
     * Before an officer's action takes effect: checks what the line needs of it against the
     * application (e.g. that the assignee of legal aid is a lawyer, or that an advice-only request
     * gets advice); {@code result} is the request's result read as {@link #resultShape} says, or
     * {@code null}. {@code form} gives the filed form, decrypted and read only if the line asks
     * (most actions need none of it). Returns what to keep in the application's result, or {@code null}.
     */
    default ApplicationResult onAction(Action action, ApplicationRef application, ActionRequest request,
            ActionResult result, Supplier<F> form) {
        return null;
    }

    /**
     * Inside the approving transaction, with the whole form (its sensitive values decrypted);
     * returns what to add to the application's result, or {@code null}.
     */
    default ApplicationResult onApproved(ApplicationRef application, F form) {
        return null;
    }

    /** Inside the completing transaction, with the whole form. */
    default void onCompleted(ApplicationRef application, F form) {
    }

    /**
     * Inside the transaction that makes the application final, whichever way: completed, rejected
     * or withdrawn ({@code application.status()} tells which); {@code from} is the status it left.
     */
    default void onClosed(ApplicationRef application, ApplicationStatus from) {
    }
}
