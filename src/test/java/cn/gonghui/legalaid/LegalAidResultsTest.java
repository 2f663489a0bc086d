package cn.gonghui.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gonghui.platform.error.ApiProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** What officers record on approval and completion is read strictly, every wrong field named. */
class LegalAidResultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void approvalNeedsAFormOfHelpAndAnAdviceOnlyRequestGetsAdvice() {
        assertThat(LegalAidResults.approval(json("{\"formOfHelp\": \"litigation\"}"), false).formOfHelp())
                .isEqualTo("litigation");
        assertThat(LegalAidResults.approval(json("{\"formOfHelp\": \"advice\"}"), true).formOfHelp()).isEqualTo("advice");
        assertErrors(() -> LegalAidResults.approval(null, false), tuple("result", "REQUIRED"));
        assertErrors(() -> LegalAidResults.approval(json("{}"), false), tuple("result.formOfHelp", "REQUIRED"));
        assertErrors(() -> LegalAidResults.approval(json("[]"), false), tuple("result", "WRONG_TYPE"));
        assertErrors(() -> LegalAidResults.approval(json("{\"formOfHelp\": \"prayer\"}"), false),
                tuple("result.formOfHelp", "NOT_ALLOWED"));
        assertErrors(() -> LegalAidResults.approval(json("{\"formOfHelp\": 3}"), false),
                tuple("result.formOfHelp", "NOT_ALLOWED"));
        assertErrors(() -> LegalAidResults.approval(json("{\"formOfHelp\": \"litigation\"}"), true),
                tuple("result.formOfHelp", "ADVICE_ONLY_CASE"));
        assertErrors(() -> LegalAidResults.approval(json("{\"formOfHelp\": \"mediation\", \"fee\": 1}"), false),
                tuple("result.fee", "UNKNOWN_FIELD"));
    }

    @Test
    void aMediatedOutcomeHasItsAmountInYuanToTheFen() {
        LegalAidOutcome outcome = LegalAidResults.outcome(json(
                "{\"outcome\": {\"kind\": \"mediated\", \"mediatedAmount\": \"8600\", \"summary\": \"  补发三个月工资 \"}}"));
        assertThat(outcome).isEqualTo(new LegalAidOutcome("mediated", "8600.00", null, "补发三个月工资"));
        assertThat(LegalAidResults.outcome(json("{\"outcome\": {\"kind\": \"court_judgment\", \"awardedAmount\": "
                + "\"12000.50\"}}")).awardedAmount()).isEqualTo("12000.50");
        assertThat(LegalAidResults.outcome(json("{\"outcome\": {\"kind\": \"advice_given\"}}")).kind())
                .isEqualTo("advice_given");
    }

    @Test
    void everyWrongPartOfAnOutcomeIsNamed() {
        assertErrors(() -> LegalAidResults.outcome(json("{}")), tuple("result.outcome", "REQUIRED"));
        assertErrors(() -> LegalAidResults.outcome(json("{\"outcome\": \"mediated\"}")),
                tuple("result.outcome", "WRONG_TYPE"));
        assertErrors(() -> LegalAidResults.outcome(json("{\"outcome\": {\"kind\": \"mediated\"}, \"x\": 1}")),
                tuple("result.x", "UNKNOWN_FIELD"));
        assertErrors(() -> LegalAidResults.outcome(json("{\"outcome\": {\"kind\": \"mediated\", \"lawyer\": \"x\"}}")),
                tuple("result.outcome.lawyer", "UNKNOWN_FIELD"));
        assertErrors(() -> LegalAidResults.outcome(json("{\"outcome\": {\"kind\": \"mediated\"}}")),
                tuple("result.outcome.mediatedAmount", "REQUIRED"));
        assertErrors(() -> LegalAidResults.outcome(
                        json("{\"outcome\": {\"kind\": \"mediated\", \"mediatedAmount\": 8600}}")),
                tuple("result.outcome.mediatedAmount", "MONEY_FORMAT"));
        assertErrors(() -> LegalAidResults.outcome(json("{\"outcome\": {\"kind\": \"won\", \"summary\": 5}}")),
                tuple("result.outcome.kind", "NOT_ALLOWED"), tuple("result.outcome.summary", "WRONG_TYPE"));
        assertErrors(() -> LegalAidResults.outcome(json("{\"outcome\": {\"summary\": \"" + "长".repeat(501) + "\"}}")),
                tuple("result.outcome.kind", "REQUIRED"), tuple("result.outcome.summary", "TOO_LONG"));
        assertErrors(() -> LegalAidResults.outcome(json(
                        "{\"outcome\": {\"kind\": \"no_result\", \"mediatedAmount\": \"1.00\", "
                                + "\"awardedAmount\": \"2.00\"}}")),
                tuple("result.outcome.mediatedAmount", "ONLY_FOR_OTHER_OUTCOMES"),
                tuple("result.outcome.awardedAmount", "ONLY_FOR_OTHER_OUTCOMES"));
    }

    @Test
    void otherActionsRecordNoResult() {
        LegalAidResults.requireNone(null);
        LegalAidResults.requireNone(json("{}"));
        assertErrors(() -> LegalAidResults.requireNone(json("{\"formOfHelp\": \"advice\"}")),
                tuple("result", "RESULT_NOT_EXPECTED"));
    }

    private static void assertErrors(Runnable action, Tuple... errors) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.code()).isEqualTo("LEGAL_AID_RESULT_INVALID");
            assertThat(problem.errors()).extracting("field", "code").containsExactly(errors);
        });
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
