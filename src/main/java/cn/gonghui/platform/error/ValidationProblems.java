package cn.gonghui.platform.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Bean Validation failures of a request as field errors. A violation on a return value is our
 * bug, not the caller's, so it is not turned into a 400.
 */
@ApplicationScoped
public class ValidationProblems {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("NotNull", "REQUIRED"),
            Map.entry("NotBlank", "REQUIRED"),
            Map.entry("NotEmpty", "REQUIRED"),
            Map.entry("Size", "SIZE"),
            Map.entry("Min", "TOO_SMALL"),
            Map.entry("DecimalMin", "TOO_SMALL"),
            Map.entry("Positive", "TOO_SMALL"),
            Map.entry("PositiveOrZero", "TOO_SMALL"),
            Map.entry("Max", "TOO_LARGE"),
            Map.entry("DecimalMax", "TOO_LARGE"),
            Map.entry("Pattern", "PATTERN"),
            Map.entry("Email", "EMAIL"),
            Map.entry("Digits", "DIGITS"),
            Map.entry("Past", "NOT_IN_PAST"),
            Map.entry("Future", "NOT_IN_FUTURE"));

    public Optional<ApiProblem> toProblem(ConstraintViolationException exception) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            if (isReturnValue(violation.getPropertyPath())) {
                return Optional.empty();
            }
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), codeOf(violation), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
        return Optional.of(ApiProblem.invalidFields(400, "VALIDATION_FAILED", errors));
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code create.request.form.members[2].income} becomes {@code form.members[2].income}: the
     * method and the body parameter are Java names the caller never sees, while a query or path
     * parameter keeps its name.
     */
    public static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable()) {
                    field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                }
                if (kind == ElementKind.PROPERTY && node.getName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(node.getName());
                }
            }
        }
        return field.isEmpty() || field.charAt(0) == '[' ? parameter + field : field.toString();
    }

    /** The field error's code of a violated constraint, e.g. {@code @NotNull}: REQUIRED. */
    public static String codeOf(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return CODES.getOrDefault(annotation, annotation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    }
}
