package cn.gonghui.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Gives every parameter's schema its type. A {@code @Parameter(schema = @Schema(maxLength = …))}
 * replaces the schema scanned from the Java type, type included: without it OpenAPI 3.1 allows any
 * value, and a generated client types the parameter {@code any} (the TypeScript client did, for
 * {@code limit}, {@code cursor}, {@code If-Match}, {@code Idempotency-Key} and the path codes). The
 * type follows from what the bounds say: a number format or numeric bounds, or otherwise text
 * (every such parameter is bounded or enumerated as text). A list says its type and items itself
 * ({@code type = ARRAY, implementation = …}): one left untyped stays so, and fails the contract test.
 */
final class ParameterTypes {

    private static final List<String> INTEGER_FORMATS = List.of("int32", "int64");
    private static final List<String> NUMBER_FORMATS = List.of("double", "float");

    private ParameterTypes() {
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getParameters() != null) {
            openAPI.getComponents().getParameters().values().forEach(ParameterTypes::type);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getParameters() != null) {
                path.getParameters().forEach(ParameterTypes::type);
            }
            for (Operation operation : path.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(ParameterTypes::type);
                }
            }
        }
    }

    private static void type(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getRef() != null || schema.getType() != null && !schema.getType().isEmpty()
                || schema.getAllOf() != null || schema.getOneOf() != null || schema.getAnyOf() != null) {
            return;
        }
        if (schema.getMaxItems() == null && schema.getMinItems() == null) {
            schema.setType(List.of(typeOf(schema)));
        }
    }

    private static SchemaType typeOf(Schema schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        if (INTEGER_FORMATS.contains(format)) {
            return SchemaType.INTEGER;
        }
        if (NUMBER_FORMATS.contains(format) || schema.getMinimum() != null || schema.getMaximum() != null) {
            return SchemaType.NUMBER;
        }
        return SchemaType.STRING;
    }
}
