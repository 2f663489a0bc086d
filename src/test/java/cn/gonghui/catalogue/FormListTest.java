package cn.gonghui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list attribute holds repeated groups, each item checked like a small form of its own. */
class FormListTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalisedText LABEL = new LocalisedText("标签", "Label");

    private final FormValidator validator = new FormValidator();

    private static FormAttribute field(String code, FormAttribute.Datatype datatype, boolean required, int order) {
        return new FormAttribute(code, datatype, required, order, LABEL, null, null, null, null, null, null,
                datatype == FormAttribute.Datatype.SINGLE_CHOICE
                        ? List.of(new FormAttribute.Choice("self", LABEL), new FormAttribute.Choice("child", LABEL)) : null,
                false, null);
    }

    private static final FormDefinition HOUSEHOLD_FORM = new FormDefinition("test.household", 1, List.of(
            new FormAttribute("household", FormAttribute.Datatype.LIST, true, 1, LABEL, null, null, null, null, null, 3,
                    null, true, List.of(
                            field("relation", FormAttribute.Datatype.SINGLE_CHOICE, true, 1),
                            field("monthlyIncome", FormAttribute.Datatype.MONEY, true, 2),
                            field("documents", FormAttribute.Datatype.ATTACHMENT, false, 3))),
            field("note", FormAttribute.Datatype.TEXT, false, 2)));

    @Test
    void aValidListGoesWholeIntoTheSensitivePartWithItsAttachments() throws Exception {
        ValidatedForm form = validator.validate(HOUSEHOLD_FORM, JSON.readTree("""
                {"household": [{"relation": "self", "monthlyIncome": "1200"},
                               {"relation": "child", "monthlyIncome": "0", "documents": ["0193a6b0-0000-7000-8000-000000000001"]}],
                 "note": "两口之家"}"""));
        assertThat(form.plain().toString()).isEqualTo("{\"note\":\"两口之家\"}");
        assertThat(form.sensitive().get("household")).hasSize(2);
        assertThat(form.sensitive().at("/household/0/monthlyIncome").asText()).isEqualTo("1200.00");
        assertThat(form.attachmentIds()).hasSize(1);
    }

    @Test
    void eachWrongFieldOfAnItemIsNamedByItsIndex() {
        List<FieldError> errors = errorsOf("""
                {"household": [{"relation": "self", "monthlyIncome": "1200"},
                               {"relation": "cousin", "age": 3},
                               "not an object"]}""");
        assertThat(errors).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("form.household[1].age", "UNKNOWN_ATTRIBUTE"),
                org.assertj.core.groups.Tuple.tuple("form.household[1].relation", "NOT_ALLOWED"),
                org.assertj.core.groups.Tuple.tuple("form.household[1].monthlyIncome", "REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("form.household[2]", "WRONG_TYPE"));
    }

    @Test
    void aListIsAnArrayOfAtMostMaxItems() {
        assertThat(errorsOf("{\"household\": {\"relation\": \"self\"}}"))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("form.household", "WRONG_TYPE"));
        String item = "{\"relation\": \"self\", \"monthlyIncome\": \"1\"}";
        assertThat(errorsOf("{\"household\": [" + String.join(",", item, item, item, item) + "]}"))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("form.household", "TOO_MANY"));
        assertThat(errorsOf("{\"household\": []}")).extracting(FieldError::code).containsExactly("REQUIRED");
    }

    @Test
    void aListIsAnArrayOfObjectsInTheJsonSchema() {
        JsonNode schema = FormJsonSchema.of(HOUSEHOLD_FORM, "Household", java.util.Locale.SIMPLIFIED_CHINESE);
        JsonNode household = schema.at("/properties/household");
        assertThat(household.get("type").asText()).isEqualTo("array");
        assertThat(household.get("maxItems").asInt()).isEqualTo(3);
        assertThat(household.at("/items/type").asText()).isEqualTo("object");
        assertThat(household.at("/items/additionalProperties").asBoolean()).isFalse();
        assertThat(household.at("/items/required").toString()).isEqualTo("[\"relation\",\"monthlyIncome\"]");
        assertThat(household.at("/items/properties/relation/enum").toString()).isEqualTo("[\"self\",\"child\"]");
    }

    @Test
    void aListNeedsItemsAndNestsOneLevelOnly() {
        assertThatThrownBy(() -> new FormAttribute("household", FormAttribute.Datatype.LIST, true, 1, LABEL, null, null,
                null, null, null, null, null, false, null)).isInstanceOf(IllegalArgumentException.class);
        FormAttribute inner = HOUSEHOLD_FORM.attribute("household").orElseThrow();
        assertThatThrownBy(() -> new FormAttribute("outer", FormAttribute.Datatype.LIST, true, 1, LABEL, null, null,
                null, null, null, null, null, false, List.of(inner))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whetherItsItemsAreSensitiveIsSaidOfTheWholeList() {
        FormAttribute income = new FormAttribute("monthlyIncome", FormAttribute.Datatype.MONEY, true, 1, LABEL, null,
                null, null, null, null, null, null, true, null);
        assertThatThrownBy(() -> new FormAttribute("household", FormAttribute.Datatype.LIST, true, 1, LABEL, null, null,
                null, null, null, null, null, false, List.of(income))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sensitive");
    }

    private List<FieldError> errorsOf(String form) {
        try {
            validator.validate(HOUSEHOLD_FORM, JSON.readTree(form));
        } catch (ApiProblem problem) {
            assertThat(problem.code()).isEqualTo("FORM_INVALID");
            return problem.errors();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("The form was accepted");
    }
}
