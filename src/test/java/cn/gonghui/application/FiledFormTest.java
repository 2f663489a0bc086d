package cn.gonghui.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.catalogue.Service;
import cn.gonghui.catalogue.ValidatedForm;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A line reads a filed form through its view, read once per request: every hook of a request gets
 * the same record, and a form no hook reads is never asked for (so never decrypted).
 */
class FiledFormTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A line's view: one ordinary and one sensitive attribute; the form has more than it names. */
    record Seen(String employerName, BigDecimal income) {
    }

    /** Rules that keep every view their hooks were given; onAction reads the form only when told to. */
    static final class Recording implements LineRules<Seen> {

        final List<Seen> seen = new ArrayList<>();
        boolean actionReadsForm;

        @Override
        public Set<String> lines() {
            return Set.of("test.line");
        }

        @Override
        public Class<Seen> formView() {
            return Seen.class;
        }

        @Override
        public WithdrawalAfterApproval withdrawalAfterApproval(String line) {
            return WithdrawalAfterApproval.ALLOWED;
        }

        @Override
        public void beforeSubmit(Applicant applicant, Service service, Seen form) {
            seen.add(form);
        }

        @Override
        public void checkForm(UUID memberId, Service service, Seen form) {
            seen.add(form);
        }

        @Override
        public ApplicationResult assess(ApplicationRef application, Service service, Seen form) {
            seen.add(form);
            return null;
        }

        @Override
        public void afterSubmit(ApplicationRef application, Service service, Seen form) {
            seen.add(form);
        }

        @Override
        public ApplicationResult onAction(Action action, ApplicationRef application, ActionRequest request,
                ActionResult result, Supplier<Seen> form) {
            if (actionReadsForm) {
                seen.add(form.get());
                seen.add(form.get());
            }
            return null;
        }

        @Override
        public ApplicationResult onApproved(ApplicationRef application, Seen form) {
            seen.add(form);
            return null;
        }
    }

    private final Recording rules = new Recording();
    private final AtomicInteger reads = new AtomicInteger();

    private FiledForm<Seen> stored(ObjectNode whole) {
        return FiledForm.stored(rules, () -> {
            reads.incrementAndGet();
            return whole;
        });
    }

    private static ObjectNode whole() {
        return NODES.objectNode().put("employerName", "北京顺丰速运有限公司").put("income", "4800.00")
                .put("situation", "not part of the view");
    }

    @Test
    void everyHookOfASubmissionSeesTheOneViewReadOnce() {
        FiledForm<Seen> filed = stored(whole());

        filed.withView((line, view) -> line.beforeSubmit(null, null, view));
        filed.withView((line, view) -> line.checkForm(null, null, view));
        filed.fromView((line, view) -> line.assess(null, null, view));
        filed.withView((line, view) -> line.afterSubmit(null, null, view));

        assertThat(reads).hasValue(1);
        assertThat(rules.seen).hasSize(4).allSatisfy(view -> assertThat(view).isSameAs(rules.seen.get(0)));
        assertThat(rules.seen.get(0)).isEqualTo(new Seen("北京顺丰速运有限公司", new BigDecimal("4800.00")));
    }

    @Test
    void anApprovalReadsTheStoredFormOnceThoughTwoHooksAskForIt() {
        rules.actionReadsForm = true;
        FiledForm<Seen> filed = stored(whole());

        filed.fromViewIfRead((line, view) -> line.onAction(Action.APPROVE, null, null, null, view));
        filed.fromView((line, view) -> line.onApproved(null, view));

        assertThat(reads).hasValue(1);
        assertThat(rules.seen).hasSize(3).allSatisfy(view -> assertThat(view).isSameAs(rules.seen.get(0)));
    }

    @Test
    void anActionWhoseHookDoesNotReadTheFormNeverAsksForIt() {
        stored(whole()).fromViewIfRead((line, view) -> line.onAction(Action.ACCEPT, null, null, null, view));

        assertThat(reads).hasValue(0);
    }

    @Test
    void aValidatedFormIsReadWithItsSensitiveValues() {
        ValidatedForm validated = new ValidatedForm(NODES.objectNode().put("employerName", "某公司"),
                NODES.objectNode().put("income", "1200.50"), List.of());

        FiledForm.of(rules, validated).withView((line, view) -> line.checkForm(null, null, view));

        assertThat(rules.seen).containsExactly(new Seen("某公司", new BigDecimal("1200.50")));
        // the validated parts stay as they were: the view was read from a copy
        assertThat(validated.plain().has("income")).isFalse();
    }

    @Test
    void anAttributeTheFormLacksIsEmptyInTheView() {
        Seen view = FiledForm.read(NODES.objectNode().put("employerName", "某公司"), Seen.class);

        assertThat(view.income()).isNull();
        assertThat(view.employerName()).isEqualTo("某公司");
    }
}
