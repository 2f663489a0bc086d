package cn.gonghui.legalaid;

import cn.gonghui.application.Action;
import cn.gonghui.application.ActionRequest;
import cn.gonghui.application.ActionResult;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.ApplicationResult;
import cn.gonghui.application.ApplicationResults;
import cn.gonghui.application.LineRules;
import cn.gonghui.application.ResultShape;
import cn.gonghui.application.WithdrawalAfterApproval;
import cn.gonghui.catalogue.Service;
import cn.gonghui.identity.Officers;
import cn.gonghui.identity.Officers.OfficerRef;
import cn.gonghui.platform.error.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Legal aid on the engine. Every request is accepted; the form decides whether it gets full aid or
 * advice only (the result says which and why). Only a union lawyer may be assigned; approving
 * records the form of help, which for an advice-only request can only be advice; completing
 * records how the case ended.
 */
@ApplicationScoped
public class LegalAidRules implements LineRules<LegalAidForm> {

    public static final String LINE = "legal-aid";
    public static final String LAWYER = "lawyer";
    static final String RESULT_INVALID = "LEGAL_AID_RESULT_INVALID";

    private final LegalAidPolicy policy;
    private final ApplicationResults results;
    private final Officers officers;

    public LegalAidRules(LegalAidPolicy policy, ApplicationResults results, Officers officers) {
        this.policy = policy;
        this.results = results;
        this.officers = officers;
    }

    @Override
    public Set<String> lines() {
        return Set.of(LINE);
    }

    /**
     * Allowed: approval decides the form of help and writes nothing outside the application, so a
     * worker who settled with the employer may still drop the case; the result keeps what was decided.
     */
    @Override
    public WithdrawalAfterApproval withdrawalAfterApproval(String line) {
        return WithdrawalAfterApproval.ALLOWED;
    }

    @Override
    public Class<LegalAidForm> formView() {
        return LegalAidForm.class;
    }

    @Override
    public void checkForm(UUID memberId, Service service, LegalAidForm form) {
        form.check();
    }

    /**
     * Judged by the figures in force on the calendar day in Beijing the request was submitted, also
     * after a supplement: a request sent at 00:30 on the day a new wage takes effect gets it.
     */
    @Override
    public LegalAidAssessment assess(ApplicationRef application, Service service, LegalAidForm form) {
        Eligibility.Assessment assessment = policy.eligibility().assess(form, application.submittedOn());
        return LegalAidAssessment.of(assessment);
    }

    /**
     * Approving records the form of help, completing the outcome, both strictly: they are the case
     * record the union reports from. No other action records anything of legal aid's own.
     */
    @Override
    public ResultShape resultShape(Action action, ApplicationRef application) {
        return switch (action) {
            case APPROVE -> ResultShape.required(LegalAidApproval.class, RESULT_INVALID);
            case COMPLETE -> ResultShape.required(LegalAidCompletion.class, RESULT_INVALID);
            default -> ResultShape.nothing(RESULT_INVALID);
        };
    }

    @Override
    public ApplicationResult onAction(Action action, ApplicationRef application, ActionRequest request,
            ActionResult result, Supplier<LegalAidForm> form) {
        if (result instanceof LegalAidApproval approval) {
            return checkedForAdviceOnly(approval, application);
        }
        if (result instanceof LegalAidCompletion completion) {
            return completion;
        }
        return action == Action.ASSIGN ? lawyerOf(request) : null;
    }

    /** A request found eligible for advice only can only be approved for advice. */
    private LegalAidApproval checkedForAdviceOnly(LegalAidApproval approval, ApplicationRef application) {
        boolean adviceOnly = LegalAidAssessment.ADVICE_ONLY.equals(
                results.part(application, LegalAidAssessment.class).eligibility());
        if (adviceOnly && approval.formOfHelp() != LegalAidApproval.FormOfHelp.ADVICE) {
            throw ApiProblem.invalidField(422, RESULT_INVALID, "result.formOfHelp", "ADVICE_ONLY_CASE");
        }
        return approval;
    }

    /**
     * The worker's lawyer, named in the result so the worker knows who handles the case. Whether the
     * lawyer works the application's street is the engine's check, the same for every line (an
     * unknown officer is left to it too).
     */
    private AssignedLawyer lawyerOf(ActionRequest request) {
        OfficerRef officer = officers.find(request.officerId()).orElse(null);
        if (officer == null) {
            return null;
        }
        if (!officer.lawyer()) {
            throw ApiProblem.invalidField(422, "APPLICATION_INVALID", "officerId", "ASSIGNEE_NOT_LAWYER");
        }
        return new AssignedLawyer(new AssignedLawyer.Lawyer(officer.id(), officer.displayName()));
    }
}
