package cn.gonghui.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.application.FiledForm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Legal aid's view of a filed form, read as the engine reads it. */
class LegalAidFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LegalAidForm read(String form) throws Exception {
        JsonNode node = JSON.readTree(form);
        return FiledForm.read(node, LegalAidForm.class);
    }

    @Test
    void aWholeFormIsReadWithItsMoneyAndItsHousehold() throws Exception {
        LegalAidForm form = read("""
                {"disputeType": "wage_arrears", "employerName": "北京某建筑公司", "amountInDispute": "8600.00",
                 "whatHappened": "拖欠三个月工资", "whatIsWanted": "支付工资", "householdMonthlyIncome": "5000.00",
                 "householdSize": 3, "migrantWorker": true, "evidence": []}""");

        assertThat(form.disputeType()).isEqualTo("wage_arrears");
        assertThat(form.amountInDispute()).isEqualByComparingTo("8600.00");
        assertThat(form.householdMonthlyIncome()).isEqualByComparingTo("5000.00");
        assertThat(form.householdSize()).isEqualByComparingTo("3");
        assertThat(form.incomeGiven()).isTrue();
        assertThat(form.incomeTestWaived()).isTrue();
    }

    @Test
    void withoutTheOptionalIncomeTheIncomeIsNotGiven() throws Exception {
        LegalAidForm form = read("""
                {"disputeType": "dismissal", "amountInDispute": "3000.00", "migrantWorker": false}""");

        assertThat(form.householdMonthlyIncome()).isNull();
        assertThat(form.householdSize()).isNull();
        assertThat(form.incomeGiven()).isFalse();
        assertThat(form.incomeTestWaived()).isFalse();
    }
}
