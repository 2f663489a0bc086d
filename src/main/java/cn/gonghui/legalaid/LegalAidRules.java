package cn.gonghui.legalaid;

import cn.gonghui.application.Action;
import cn.gonghui.application.ActionRequest;
import cn.gonghui.application.Application;
import cn.gonghui.application.ApplicationResults;
import cn.gonghui.application.LineRules;
import cn.gonghui.application.WithdrawalAfterApproval;
import cn.gonghui.catalogue.ServiceDefinition;
import cn.gonghui.catalogue.ValidatedForm;
import cn.gonghui.identity.Member;
import cn.gonghui.identity.Officer;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.time.BeijingTime;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Legal aid on the engine. Every request is accepted; the form decides whether it gets full aid or
 * advice only (the result says which and why). Only a union lawyer may be assigned; approving
 * records the form of help, which for an advice-only request can only be advice; completing
 * records how the case ended.
 */
@ApplicationScoped
public class LegalAidRules implements LineRules {

    public static final String LINE = "legal-aid";
    public static final String LAWYER = "lawyer";

    private final LegalAidPolicy policy;
    private final ApplicationResults results;
    private final ObjectMapper json;

    public LegalAidRules(LegalAidPolicy policy, ApplicationResults results, ObjectMapper json) {
        this.policy = policy;
        this.results = results;
        this.json = json;
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
    public void checkForm(Member member, ServiceDefinition service, ValidatedForm form) {
        LegalAidForm.of(form);
    }

    /** Judged by the figures in force on the day the request was submitted, also after a supplement. */
    @Override
    public ObjectNode assess(Application application, ServiceDefinition service, ValidatedForm form) {
        Eligibility.Assessment assessment = policy.eligibility()
                .assess(LegalAidForm.of(form), submissionDay(application));
        return json.valueToTree(LegalAidAssessment.of(assessment));
    }

    @Override
    public ObjectNode onAction(Action action, Application application, ActionRequest request) {
        switch (action) {
            case APPROVE -> {
                return json.valueToTree(LegalAidResults.approval(request.result(), adviceOnly(application)));
            }
            case COMPLETE -> {
                ObjectNode outcome = json.createObjectNode();
                outcome.set("outcome", json.valueToTree(LegalAidResults.outcome(request.result())));
                return outcome;
            }
            case ASSIGN -> {
                LegalAidResults.requireNone(request.result());
                return lawyerOf(request);
            }
            default -> {
                LegalAidResults.requireNone(request.result());
                return null;
            }
        }
    }

    /** The calendar day in Beijing: a request sent at 00:30 on the day a new wage takes effect gets it. */
    static LocalDate submissionDay(Application application) {
        return BeijingTime.dayOf(application.submittedAt);
    }

    private boolean adviceOnly(Application application) {
        return LegalAidAssessment.ADVICE_ONLY.equals(results.read(application).path("eligibility").asText());
    }

    /**
     * The worker's lawyer, named in the result so the worker knows who handles the case. Whether the
     * lawyer works the application's street is the engine's check, the same for every line (an
     * unknown officer is left to it too).
     */
    private ObjectNode lawyerOf(ActionRequest request) {
        Officer officer = Officer.findById(request.officerId());
        if (officer == null) {
            return null;
        }
        if (!officer.hasAttribute(LAWYER)) {
            throw ApiProblem.invalidFields(422, "APPLICATION_INVALID",
                    List.of(new FieldError("officerId", "ASSIGNEE_NOT_LAWYER", null)));
        }
        ObjectNode lawyer = json.createObjectNode();
        lawyer.putObject("lawyer").put("officerId", officer.id.toString()).put("displayName", officer.displayName);
        return lawyer;
    }
}
