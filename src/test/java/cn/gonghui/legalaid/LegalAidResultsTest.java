package cn.gonghui.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gonghui.application.Action;
import cn.gonghui.application.ActionResults;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.ApplicationResults;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.testing.StrictReading;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * What officers record on approval and completion is read strictly into legal aid's records,
 * every wrong field named at once (422 LEGAL_AID_RESULT_INVALID), without Quarkus.
 */
class LegalAidResultsTest {

    private static final ObjectMapper JSON = StrictReading.JSON;
    private static final ActionResults RESULTS = StrictReading.RESULTS;
    private static final LegalAidRules RULES = new LegalAidRules(null, new ApplicationResults(JSON), null);

    @Test
    void approvalNeedsAFormOfHelpAndAnAdviceOnlyRequestGetsAdvice() {
        assertThat(approval("{\"formOfHelp\": \"litigation\"}", false).formOfHelp())
                .isEqualTo(LegalAidApproval.FormOfHelp.LITIGATION);
        assertThat(approval("{\"formOfHelp\": \"advice\"}", true).formOfHelp())
                .isEqualTo(LegalAidApproval.FormOfHelp.ADVICE);
        assertErrors(() -> approval(null, false), tuple("result", "REQUIRED"));
        assertErrors(() -> approval("null", false), tuple("result", "REQUIRED"));
        assertErrors(() -> approval("{}", false), tuple("result.formOfHelp", "REQUIRED"));
        assertErrors(() -> approval("[]", false), tuple("result", "WRONG_TYPE"));
        assertErrors(() -> approval("\"advice\"", false), tuple("result", "WRONG_TYPE"));
        assertErrors(() -> approval("{\"formOfHelp\": \"prayer\"}", false), tuple("result.formOfHelp", "NOT_ALLOWED"));
        assertErrors(() -> approval("{\"formOfHelp\": 3}", false), tuple("result.formOfHelp", "NOT_ALLOWED"));
        assertErrors(() -> approval("{\"formOfHelp\": \"litigation\"}", true),
                tuple("result.formOfHelp", "ADVICE_ONLY_CASE"));
        assertErrors(() -> approval("{\"formOfHelp\": \"mediation\", \"fee\": 1}", false),
                tuple("result.fee", "UNKNOWN_FIELD"));
    }

    @Test
    void aMediatedOutcomeHasItsAmountInYuanToTheFen() {
        LegalAidOutcome outcome = completion(
                "{\"outcome\": {\"kind\": \"mediated\", \"mediatedAmount\": \"8600\", \"summary\": \"  补发三个月工资 \"}}");
        assertThat(outcome).isEqualTo(new LegalAidOutcome(LegalAidOutcome.Kind.MEDIATED, "8600.00", null, "补发三个月工资"));
        assertThat(completion("{\"outcome\": {\"kind\": \"court_judgment\", \"awardedAmount\": \"12000.50\"}}")
                .awardedAmount()).isEqualTo("12000.50");
        assertThat(completion("{\"outcome\": {\"kind\": \"advice_given\"}}").kind())
                .isEqualTo(LegalAidOutcome.Kind.ADVICE_GIVEN);
        assertThat(completion("{\"outcome\": {\"kind\": \"settled\", \"summary\": \"第一行\\n第二行\"}}").summary())
                .isEqualTo("第一行\n第二行");
    }

    @Test
    void theOutcomeIsKeptInTheResultAsItWasWritten() {
        LegalAidCompletion completion = (LegalAidCompletion) RESULTS.read(
                RULES.resultShape(Action.COMPLETE, null),
                json("{\"outcome\": {\"kind\": \"mediated\", \"mediatedAmount\": \"8600\"}}"));
        assertThat(JSON.valueToTree(completion).toString())
                .isEqualTo("{\"outcome\":{\"kind\":\"mediated\",\"mediatedAmount\":\"8600.00\"}}");
    }

    @Test
    void everyWrongPartOfAnOutcomeIsNamed() {
        assertErrors(() -> completion(null), tuple("result", "REQUIRED"));
        assertErrors(() -> completion("{}"), tuple("result.outcome", "REQUIRED"));
        assertErrors(() -> completion("{\"outcome\": \"mediated\"}"), tuple("result.outcome", "WRONG_TYPE"));
        assertErrors(() -> completion("{\"outcome\": {\"kind\": \"mediated\", \"mediatedAmount\": \"1\"}, \"x\": 1}"),
                tuple("result.x", "UNKNOWN_FIELD"));
        assertErrors(() -> completion("{\"outcome\": {\"kind\": \"mediated\", \"mediatedAmount\": \"1\", "
                        + "\"lawyer\": \"x\"}}"),
                tuple("result.outcome.lawyer", "UNKNOWN_FIELD"));
        assertErrors(() -> completion("{\"outcome\": {\"kind\": \"mediated\"}}"),
                tuple("result.outcome.mediatedAmount", "REQUIRED"));
        assertErrors(() -> completion("{\"outcome\": {\"kind\": \"mediated\", \"mediatedAmount\": 8600}}"),
                tuple("result.outcome.mediatedAmount", "MONEY_FORMAT"));
        assertErrors(() -> completion("{\"outcome\": {\"kind\": \"mediated\", \"mediatedAmount\": \"-5\"}}"),
                tuple("result.outcome.mediatedAmount", "MONEY_FORMAT"));
        assertErrors(() -> completion("{\"outcome\": {\"kind\": \"won\", \"summary\": 5}}"),
                tuple("result.outcome.kind", "NOT_ALLOWED"), tuple("result.outcome.summary", "WRONG_TYPE"));
        assertErrors(() -> completion("{\"outcome\": {\"summary\": \"" + "长".repeat(501) + "\"}}"),
                tuple("result.outcome.kind", "REQUIRED"), tuple("result.outcome.summary", "TOO_LONG"));
        assertErrors(() -> completion("{\"outcome\": {\"kind\": \"no_result\", \"mediatedAmount\": \"1.00\", "
                        + "\"awardedAmount\": \"2.00\"}}"),
                tuple("result.outcome.awardedAmount", "ONLY_FOR_OTHER_OUTCOMES"),
                tuple("result.outcome.mediatedAmount", "ONLY_FOR_OTHER_OUTCOMES"));
    }

    @Test
    void otherActionsRecordNoResult() {
        assertThat(RESULTS.read(RULES.resultShape(Action.ACCEPT, null), null)).isNull();
        assertThat(RESULTS.read(RULES.resultShape(Action.ASSIGN, null), json("{}"))).isNull();
        assertErrors(() -> RESULTS.read(RULES.resultShape(Action.ACCEPT, null), json("{\"formOfHelp\": \"advice\"}")),
                tuple("result", "RESULT_NOT_EXPECTED"));
    }

    private static LegalAidApproval approval(String result, boolean adviceOnly) {
        ApplicationRef application = new ApplicationRef(null, null, LegalAidRules.LINE, null, null, null, null,
                (ObjectNode) json("{\"eligibility\": \"" + (adviceOnly ? "advice_only" : "eligible") + "\"}"));
        Object read = RESULTS.read(RULES.resultShape(Action.APPROVE, application), json(result));
        return (LegalAidApproval) RULES.onAction(Action.APPROVE, application, null, (LegalAidApproval) read, null);
    }

    private static LegalAidOutcome completion(String result) {
        return ((LegalAidCompletion) RESULTS.read(RULES.resultShape(Action.COMPLETE, null), json(result))).outcome();
    }

    private static void assertErrors(Runnable action, Tuple... errors) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.code()).isEqualTo("LEGAL_AID_RESULT_INVALID");
            assertThat(problem.errors()).extracting("field", "code").containsExactly(errors);
        });
    }

    private static JsonNode json(String text) {
        return StrictReading.json(text);
    }
}
