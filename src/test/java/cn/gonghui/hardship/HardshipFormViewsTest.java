package cn.gonghui.hardship;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.application.FiledForm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hardship lines' views of their forms, read as the engine reads them. */
class HardshipFormViewsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFileFormGivesThePeopleInOrderAndKeepsTheListAsFiled() throws Exception {
        JsonNode filed = JSON.readTree("""
                {"household": [
                   {"relation": "self", "age": 45, "status": "employed", "monthlyIncome": "1200.00"},
                   {"relation": "child", "age": 15, "status": "student", "schoolLevel": "junior", "monthlyIncome": "0.00"}],
                 "annualUnavoidableCosts": "36000.00", "causes": ["illness", "education_costs"],
                 "situation": "妻子住院，收入减少"}""");

        HardshipFileForm form = FiledForm.read(filed, HardshipFileForm.class);

        assertThat(form.household().members()).extracting(Household.Person::index, Household.Person::relation,
                Household.Person::schoolLevel).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "self", null),
                        org.assertj.core.groups.Tuple.tuple(1, "child", "junior"));
        assertThat(form.household().annualIncome()).isEqualByComparingTo("14400.00");
        assertThat(form.householdAsFiled()).isEqualTo(filed.get("household"));
        assertThat(form.annualUnavoidableCosts()).isEqualByComparingTo("36000.00");
        assertThat(form.causes()).containsExactlyInAnyOrder("illness", "education_costs");
    }

    @Test
    void educationAidNamesTheChildrenAndAsksNoAmount() throws Exception {
        HardshipProgrammeForm form = FiledForm.read(JSON.readTree("""
                {"children": [{"householdMember": 1, "schoolLevel": "junior", "school": "北京市第八中学"}]}"""),
                HardshipProgrammeForm.class);

        assertThat(form.children()).containsExactly(new HardshipProgrammeForm.Child(1, "junior"));
        assertThat(form.amountRequested()).isNull();
    }

    @Test
    void medicalAidAsksAnAmountAndTheLivingSubsidyNothing() throws Exception {
        HardshipProgrammeForm medical = FiledForm.read(JSON.readTree("""
                {"amountRequested": "3200.00", "illness": "住院治疗", "bills": []}"""), HardshipProgrammeForm.class);
        HardshipProgrammeForm living = FiledForm.read(JSON.readTree("""
                {"note": "无"}"""), HardshipProgrammeForm.class);

        assertThat(medical.requested()).isEqualByComparingTo("3200.00");
        assertThat(medical.children()).isEmpty();
        assertThat(living).isEqualTo(new HardshipProgrammeForm(List.of(), null));
        assertThat(living.requested()).isZero();
    }
}
