package cn.gonghui.mutualaid;

import cn.gonghui.application.Action;
import cn.gonghui.application.ActionRequest;
import cn.gonghui.application.ActionResult;
import cn.gonghui.application.Applicant;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.ApplicationResult;
import cn.gonghui.application.ApplicationStatus;
import cn.gonghui.application.LineRules;
import cn.gonghui.application.ResultShape;
import cn.gonghui.application.WithdrawalAfterApproval;
import cn.gonghui.card.ActiveCards;
import cn.gonghui.catalogue.Service;
import cn.gonghui.disbursement.Disbursements;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Mutual aid on the engine: a claim for a hospital stay of an enrolled member, computed at filing by
 * the plan version applying then, checked by the street (the invoices, offline), approved by the
 * street up to the threshold and by the district above it, paid to the member's active card through
 * the disbursements, and completed by the payment's report. A rejection names its reason as a code.
 */
@ApplicationScoped
public class MutualAidRules implements LineRules<ClaimForm> {

    public static final String LINE = "mutual-aid";
    static final String RESULT_INVALID = "MUTUAL_AID_RESULT_INVALID";

    private final Claims claims;
    private final ActiveCards cards;
    private final Disbursements disbursements;
    private final SettlementFiling filing;
    private final Clock clock;

    public MutualAidRules(Claims claims, ActiveCards cards, Disbursements disbursements, SettlementFiling filing,
            Clock clock) {
        this.claims = claims;
        this.cards = cards;
        this.disbursements = disbursements;
        this.filing = filing;
        this.clock = clock;
    }

    @Override
    public Set<String> lines() {
        return Set.of(LINE);
    }

    @Override
    public Class<ClaimForm> formView() {
        return ClaimForm.class;
    }

    /** Refused: the approval scheduled the payment to the member's card. */
    @Override
    public WithdrawalAfterApproval withdrawalAfterApproval(String line) {
        return WithdrawalAfterApproval.REFUSED;
    }

    /** Only a member enrolled for the stay's plan year claims. */
    @Override
    public void beforeSubmit(Applicant applicant, Service service, ClaimForm form) {
        if (claims.enrollmentFor(applicant.memberId(), form.admitted()).isEmpty()) {
            throw ApiProblem.unprocessable("NOT_ENROLLED");
        }
    }

    @Override
    public void checkForm(UUID memberId, Service service, ClaimForm form) {
        form.check(BeijingTime.today(clock), filing.fromSettlement());
    }

    @Override
    public ApplicationResult assess(ApplicationRef application, Service service, ClaimForm form) {
        return claims.assess(application, form);
    }

    /**
     * Nothing is paid to a card that is not active (it is offered again once the member has one);
     * the application completes when the payment is reported paid, not by an officer.
     */
    @Override
    public ApiProblem refusal(Action action, ApplicationRef application) {
        if (action == Action.APPROVE && cards.of(application.memberId()).isEmpty()) {
            return ApiProblem.conflict("ACTIVE_CARD_REQUIRED");
        }
        if (action == Action.COMPLETE && disbursements.unpaidOf(application.id()) > 0) {
            return ApiProblem.conflict("AID_NOT_PAID_YET");
        }
        return null;
    }

    @Override
    public ResultShape resultShape(Action action, ApplicationRef application) {
        return action == Action.REJECT
                ? ResultShape.required(MutualAidResults.Rejection.class, RESULT_INVALID)
                : ResultShape.nothing(RESULT_INVALID);
    }

    @Override
    public ApplicationResult onAction(Action action, ApplicationRef application, ActionRequest request,
            ActionResult result, Supplier<ClaimForm> form) {
        return result instanceof MutualAidResults.Rejection rejection ? rejection : null;
    }

    @Override
    public ApplicationResult onApproved(ApplicationRef application, ClaimForm form) {
        return claims.approve(application, form);
    }

    @Override
    public void onClosed(ApplicationRef application, ApplicationStatus from) {
        if (application.status() != ApplicationStatus.COMPLETED) {
            claims.close(application);
        }
    }
}
