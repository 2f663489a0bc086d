package cn.gonghui.hardship;

import static cn.gonghui.testing.StrictReading.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gonghui.application.ResultShape;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.testing.StrictReading;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The district's approvals are read strictly into their records, without Quarkus. */
class HardshipApprovalsTest {

    private static final ResultShape MEDICAL_AID =
            ResultShape.of(HardshipApprovals.MedicalAidApproval.class, "APPROVED_AMOUNT_INVALID");
    private static final ResultShape FILE =
            ResultShape.of(HardshipApprovals.FileApproval.class, "CLASSIFICATION_REQUIRED");

    @Test
    void medicalAidIsApprovedWithAnAmountOfAtLeastOneFen() {
        assertThat(medicalAid("{\"approvedAmount\": \"2500.5\"}").approvedAmount()).isEqualTo("2500.50");
        assertErrors(MEDICAL_AID, null, tuple("result.approvedAmount", "REQUIRED"));
        assertErrors(MEDICAL_AID, "{}", tuple("result.approvedAmount", "REQUIRED"));
        assertErrors(MEDICAL_AID, "{\"approvedAmount\": \"0.00\"}", tuple("result.approvedAmount", "TOO_SMALL"));
        assertErrors(MEDICAL_AID, "{\"approvedAmount\": 2500}", tuple("result.approvedAmount", "MONEY_FORMAT"));
        assertErrors(MEDICAL_AID, "{\"approvedAmount\": \"2,500\"}", tuple("result.approvedAmount", "MONEY_FORMAT"));
        assertErrors(MEDICAL_AID, "{\"approvedAmount\": \"2500.00\", \"note\": \"x\"}",
                tuple("result.note", "UNKNOWN_FIELD"));
    }

    @Test
    void aFileApprovalMayNameOneOfTheClassesADistrictDecides() {
        assertThat(file(null).classification()).isNull();
        assertThat(file("{\"classification\": \"accident\"}").classification())
                .isEqualTo(HardshipApprovals.DecidedClass.ACCIDENT);
        assertThat(StrictReading.JSON.valueToTree(file("{}")).toString()).isEqualTo("{}");
        assertErrors(FILE, "{\"classification\": \"not_eligible\"}", tuple("result.classification", "NOT_ALLOWED"));
        assertErrors(FILE, "{\"classification\": 2}", tuple("result.classification", "NOT_ALLOWED"));
    }

    @Test
    void anActionThatTakesNoResultRefusesOne() {
        assertThat(StrictReading.RESULTS.read(ResultShape.NOTHING, json("{}"))).isNull();
        assertThatThrownBy(() -> StrictReading.RESULTS.read(ResultShape.NOTHING, json("{\"approvedAmount\": \"1\"}")))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("APPLICATION_INVALID");
                    assertThat(problem.errors()).extracting("field", "code")
                            .containsExactly(tuple("result", "RESULT_NOT_EXPECTED"));
                });
    }

    private static HardshipApprovals.MedicalAidApproval medicalAid(String result) {
        return (HardshipApprovals.MedicalAidApproval) StrictReading.RESULTS.read(MEDICAL_AID, json(result));
    }

    private static HardshipApprovals.FileApproval file(String result) {
        return (HardshipApprovals.FileApproval) StrictReading.RESULTS.read(FILE, json(result));
    }

    private static void assertErrors(ResultShape shape, String result, Tuple... errors) {
        assertThatThrownBy(() -> StrictReading.RESULTS.read(shape, json(result)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.code()).isEqualTo(shape.problemCode());
                    assertThat(problem.errors()).extracting("field", "code").containsExactly(errors);
                });
    }
}
