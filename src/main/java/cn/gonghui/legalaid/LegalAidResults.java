package cn.gonghui.legalaid;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.money.Money;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads what an officer records in an action's {@code result}: strictly, because it is the case
 * record the union reports from. Every wrong field is named at once (422
 * {@code LEGAL_AID_RESULT_INVALID}, fields as {@code result.formOfHelp}, {@code result.outcome.kind}).
 */
final class LegalAidResults {

    private LegalAidResults() {
    }

    static LegalAidApproval approval(JsonNode result, boolean adviceOnly) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode body = object(result, "result", Set.of("formOfHelp"), errors);
        JsonNode form = body == null ? null : body.get("formOfHelp");
        String formOfHelp = null;
        if (body != null && isMissing(form)) {
            errors.add(error("result.formOfHelp", "REQUIRED"));
        } else if (body != null && (!form.isTextual() || !LegalAidApproval.FORMS_OF_HELP.contains(form.asText()))) {
            errors.add(error("result.formOfHelp", "NOT_ALLOWED"));
        } else if (body != null && adviceOnly && !LegalAidApproval.ADVICE.equals(form.asText())) {
            errors.add(error("result.formOfHelp", "ADVICE_ONLY_CASE"));
        } else if (body != null) {
            formOfHelp = form.asText();
        }
        failOn(errors);
        return new LegalAidApproval(formOfHelp);
    }

    static LegalAidOutcome outcome(JsonNode result) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode body = object(result, "result", Set.of("outcome"), errors);
        JsonNode outcome = body == null ? null : object(body.get("outcome"), "result.outcome",
                Set.of("kind", "mediatedAmount", "awardedAmount", "summary"), errors);
        failOn(errors);
        String kind = text(outcome.get("kind"), "result.outcome.kind", errors);
        if (kind != null && !LegalAidOutcome.KINDS.contains(kind)) {
            errors.add(error("result.outcome.kind", "NOT_ALLOWED"));
        }
        String mediated = money(outcome.get("mediatedAmount"), "result.outcome.mediatedAmount",
                "mediated".equals(kind), kind != null && !"mediated".equals(kind), errors);
        String awarded = money(outcome.get("awardedAmount"), "result.outcome.awardedAmount", false,
                kind != null && !LegalAidOutcome.WITH_AWARD.contains(kind), errors);
        String summary = null;
        JsonNode summaryNode = outcome.get("summary");
        if (!isMissing(summaryNode)) {
            if (!summaryNode.isTextual()) {
                errors.add(error("result.outcome.summary", "WRONG_TYPE"));
            } else if (summaryNode.asText().strip().length() > LegalAidOutcome.SUMMARY_MAX) {
                errors.add(error("result.outcome.summary", "TOO_LONG"));
            } else {
                summary = summaryNode.asText().strip();
            }
        }
        failOn(errors);
        return new LegalAidOutcome(kind, mediated, awarded, summary);
    }

    /** Actions other than approve and complete record nothing of their own for legal aid. */
    static void requireNone(JsonNode result) {
        if (!isMissing(result) && !(result.isObject() && result.isEmpty())) {
            failOn(List.of(error("result", "RESULT_NOT_EXPECTED")));
        }
    }

    /** The object at {@code path} with only the {@code allowed} members; {@code null} after an error. */
    private static JsonNode object(JsonNode node, String path, Set<String> allowed, List<FieldError> errors) {
        if (isMissing(node)) {
            errors.add(error(path, "REQUIRED"));
            return null;
        }
        if (!node.isObject()) {
            errors.add(error(path, "WRONG_TYPE"));
            return null;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                errors.add(error(path + "." + name, "UNKNOWN_FIELD"));
            }
        }
        return node;
    }

    private static String text(JsonNode node, String path, List<FieldError> errors) {
        if (isMissing(node)) {
            errors.add(error(path, "REQUIRED"));
            return null;
        }
        if (!node.isTextual()) {
            errors.add(error(path, "WRONG_TYPE"));
            return null;
        }
        return node.asText();
    }

    /** A decimal string in yuan, normalised to two places ("8600" becomes "8600.00"). */
    private static String money(JsonNode node, String path, boolean required, boolean forbidden,
            List<FieldError> errors) {
        if (isMissing(node)) {
            if (required) {
                errors.add(error(path, "REQUIRED"));
            }
            return null;
        }
        if (forbidden) {
            errors.add(error(path, "ONLY_FOR_OTHER_OUTCOMES"));
            return null;
        }
        return Money.of(node).map(BigDecimal::toPlainString).orElseGet(() -> {
            errors.add(error(path, "MONEY_FORMAT"));
            return null;
        });
    }

    private static boolean isMissing(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(422, "LEGAL_AID_RESULT_INVALID", errors);
        }
    }

    private static FieldError error(String field, String code) {
        return new FieldError(field, code, null);
    }
}
