package cn.gonghui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gonghui.catalogue.FormVersionViews.Attribute;
import cn.gonghui.catalogue.FormVersionViews.Choice;
import cn.gonghui.catalogue.FormVersionViews.Text;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seeded join form is what the membership line reads: a version may add to it, never take from it. */
class FormDefinitionRulesTest {

    private static final FormDefinition JOIN = BaselineForms.read().stream()
            .filter(baseline -> baseline.code().equals("membership.join")).findFirst().orElseThrow().form();

    @Test
    void aVersionAddingAFieldAndAValueKeepsWhatTheLineReads() {
        List<Attribute> next = seeded();
        Attribute occupation = next.get(3);
        List<Choice> values = new ArrayList<>(occupation.values());
        values.add(new Choice("warehouse_worker", new Text("仓储工人", "Warehouse worker")));
        next.set(3, with(occupation, occupation.datatype(), values, occupation.sensitive()));
        next.add(new Attribute("shift", "single-choice", false, 5, new Text("班次", null), null, null, null, null, null,
                null, List.of(new Choice("day", new Text("白班", "Day"))), false, null));

        List<FormAttribute> published = FormDefinitionRules.check(next, Optional.of(JOIN));

        assertThat(published).extracting(FormAttribute::code)
                .containsExactly("employerName", "creditCode", "employerUnion", "occupation", "shift");
    }

    @Test
    void dropping_retyping_or_narrowingWhatTheLineReadsIsRefused() {
        List<Attribute> next = seeded();
        next.remove(0);
        Attribute creditCode = next.get(0);
        next.set(0, with(creditCode, "text", null, creditCode.sensitive()));
        Attribute occupation = next.get(2);
        next.set(2, with(occupation, occupation.datatype(), occupation.values().subList(0, 2), false));

        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> FormDefinitionRules.check(next, Optional.of(JOIN)));

        assertThat(problem.code()).isEqualTo("FORM_DEFINITION_INVALID");
        assertThat(problem.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("attributes.employerName", "NEEDED_BY_LINE"),
                org.assertj.core.groups.Tuple.tuple("attributes[0].datatype", "FIXED_BY_LINE"),
                org.assertj.core.groups.Tuple.tuple("attributes[2].values", "FIXED_BY_LINE"));
    }

    private static List<Attribute> seeded() {
        return new ArrayList<>(JOIN.attributes().stream().map(Attribute::of).toList());
    }

    private static Attribute with(Attribute attribute, String datatype, List<Choice> values, boolean sensitive) {
        return new Attribute(attribute.code(), datatype, attribute.required(), attribute.order(), attribute.label(),
                attribute.help(), attribute.maxLength(), attribute.pattern(), attribute.min(), attribute.max(),
                attribute.maxItems(), values, sensitive, attribute.items());
    }
}
