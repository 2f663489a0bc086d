package cn.gonghui.catalogue;

import cn.gonghui.catalogue.FormAttribute.Datatype;
import cn.gonghui.catalogue.FormVersionViews.Attribute;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * What a new form version must be before it is published: a form the validator can check (codes
 * unique, choices with values, lists with one level of items, patterns that compile), and one the
 * line's rules can still read. The lines are written against the form the migrations seed
 * ({@link BaselineForms}): its fields must stay, with their datatype, sensitivity, requiredness and
 * choices; a version may add fields, values, labels and help. Every fault is named at once (422
 * {@code FORM_DEFINITION_INVALID}).
 */
final class FormDefinitionRules {

    private static final Set<Datatype> CHOICES = Set.of(Datatype.SINGLE_CHOICE, Datatype.MULTI_CHOICE);

    private FormDefinitionRules() {
    }

    static List<FormAttribute> check(List<Attribute> attributes, Optional<FormDefinition> baseline) {
        List<FieldError> errors = new ArrayList<>();
        checkLevel(attributes, "attributes", false, errors);
        if (errors.isEmpty()) {
            baseline.ifPresent(seeded -> keepsWhatTheLineReads(seeded.attributes(), attributes, "attributes", errors));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(422, "FORM_DEFINITION_INVALID", errors);
        }
        return attributes.stream().map(FormDefinitionRules::toAttribute).toList();
    }

    private static void checkLevel(List<Attribute> attributes, String path, boolean insideList, List<FieldError> errors) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < attributes.size(); i++) {
            Attribute attribute = attributes.get(i);
            String at = path + "[" + i + "]";
            Datatype datatype = Datatype.ofCode(attribute.datatype());
            if (!codes.add(attribute.code())) {
                errors.add(FieldError.of(at + ".code", "DUPLICATE"));
            }
            boolean choice = CHOICES.contains(datatype);
            if (choice && (attribute.values() == null || attribute.values().isEmpty())) {
                errors.add(FieldError.of(at + ".values", "REQUIRED"));
            } else if (!choice && attribute.values() != null) {
                errors.add(FieldError.of(at + ".values", "NOT_ALLOWED"));
            } else if (choice && attribute.values().stream().map(FormVersionViews.Choice::code).distinct().count()
                    < attribute.values().size()) {
                errors.add(FieldError.of(at + ".values", "DUPLICATE"));
            }
            if (datatype == Datatype.LIST && insideList) {
                errors.add(FieldError.of(at + ".datatype", "NOT_ALLOWED"));
            } else if (datatype == Datatype.LIST && (attribute.items() == null || attribute.items().isEmpty())) {
                errors.add(FieldError.of(at + ".items", "REQUIRED"));
            } else if (datatype == Datatype.LIST) {
                checkLevel(attribute.items(), at + ".items", true, errors);
            } else if (attribute.items() != null) {
                errors.add(FieldError.of(at + ".items", "NOT_ALLOWED"));
            }
            if (insideList && attribute.sensitive()) {
                // an item's part cannot be stored apart from its list: the list says it for all of them
                errors.add(FieldError.of(at + ".sensitive", "NOT_ALLOWED"));
            }
            checkBounds(attribute, at, errors);
        }
    }

    private static void checkBounds(Attribute attribute, String at, List<FieldError> errors) {
        if (attribute.pattern() != null) {
            try {
                java.util.regex.Pattern.compile(attribute.pattern());
            } catch (PatternSyntaxException e) {
                errors.add(FieldError.of(at + ".pattern", "INVALID_PATTERN"));
            }
        }
        if (attribute.min() != null && attribute.max() != null && attribute.max().compareTo(attribute.min()) < 0) {
            errors.add(FieldError.of(at + ".max", "BELOW_MIN"));
        }
    }

    private static void keepsWhatTheLineReads(List<FormAttribute> seeded, List<Attribute> proposed, String path,
            List<FieldError> errors) {
        for (FormAttribute needed : seeded) {
            int index = indexOf(proposed, needed.code());
            if (index < 0) {
                errors.add(FieldError.of(path + "." + needed.code(), "NEEDED_BY_LINE"));
                continue;
            }
            Attribute kept = proposed.get(index);
            String at = path + "[" + index + "]";
            if (Datatype.ofCode(kept.datatype()) != needed.datatype()) {
                errors.add(FieldError.of(at + ".datatype", "FIXED_BY_LINE"));
            } else if (kept.sensitive() != needed.sensitive()) {
                errors.add(FieldError.of(at + ".sensitive", "FIXED_BY_LINE"));
            } else if (needed.required() && !kept.required()) {
                errors.add(FieldError.of(at + ".required", "FIXED_BY_LINE"));
            } else if (needed.values() != null && !kept.values().stream().map(FormVersionViews.Choice::code).toList()
                    .containsAll(needed.values().stream().map(FormAttribute.Choice::code).toList())) {
                errors.add(FieldError.of(at + ".values", "FIXED_BY_LINE"));
            } else if (needed.items() != null) {
                keepsWhatTheLineReads(needed.items(), kept.items(), at + ".items", errors);
            }
        }
    }

    private static int indexOf(List<Attribute> attributes, String code) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static FormAttribute toAttribute(Attribute attribute) {
        return new FormAttribute(attribute.code(), Datatype.ofCode(attribute.datatype()), attribute.required(),
                attribute.order(), attribute.label().localised(), attribute.help() == null ? null : attribute.help().localised(),
                attribute.maxLength(), attribute.pattern(), attribute.min(), attribute.max(), attribute.maxItems(),
                attribute.values() == null ? null : attribute.values().stream()
                        .map(choice -> new FormAttribute.Choice(choice.code(), choice.label().localised())).toList(),
                attribute.sensitive(),
                attribute.items() == null ? null : attribute.items().stream().map(FormDefinitionRules::toAttribute).toList());
    }
}
