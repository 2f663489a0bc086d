package cn.gonghui.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the contract the annotations describe: the security of the public operations, the
 * shared problem responses of every operation, the CORS header of every answer, the restriction of
 * every free-text string, typed and non-blank parameters, nullable properties that say so, the
 * properties every answer carries as required ({@link ResponseProperties}), the parts the capabilities
 * add through {@link ContractPart} (e.g. one named JSON Schema per seeded service form), and the
 * lines' own result shapes as the typed alternatives of the engine's results.
 */
public class ContractFilter implements OASFilter {

    /**
     * Marks a line's schema of what an officer's action takes in {@code result} (e.g. legal aid's
     * form of help); the engine's {@code OfficerAction.result} is then one of them, so the engine's
     * package never names a line's types.
     */
    public static final String ACTION_RESULT = "x-gonghui-action-result";
    /** Marks a line's schema of what it keeps in an application's {@code result}. */
    public static final String APPLICATION_RESULT = "x-gonghui-application-result";
    /**
     * On an array property: the name of the schema of its items, for a property whose Java type may
     * not name the item type (e.g. the data export's sections, which the capabilities fill).
     */
    public static final String ITEMS = "x-gonghui-items";
    /**
     * On a free-form object property: the schemas (references) its value takes the shape of, e.g. an
     * application's form and result. Not an {@code anyOf}: with the free-form object among the
     * alternatives it constrains nothing, and generated clients merge the alternatives into one type
     * that requires all their fields. Not a {@code oneOf} either: no property of the value tells the
     * shapes apart, and without a discriminator typescript-fetch keeps the first shape whose required
     * fields are there and drops the other fields (or sends {@code {}}). See {@link #nameShapes}.
     */
    public static final String SHAPES = "x-gonghui-shapes";
    /** As {@code JsonObject}, the contract's free-form object (application.properties). */
    private static final int FREE_FORM_MAX_PROPERTIES = 100;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PublicOperations.document(openAPI);
        ProblemResponses.document(openAPI);
        ParameterTypes.document(openAPI);
        FormBodies.document(openAPI);
        QueryParameters.document(openAPI);
        AdminSecurity.document(openAPI);
        RequiredScopes.document(openAPI);
        // the capabilities' own parts (e.g. the catalogue's forms), found without naming them
        ServiceLoader.load(ContractPart.class, ContractFilter.class.getClassLoader())
                .forEach(part -> part.addTo(openAPI));
        itemsByName(openAPI);
        typeTheActionResults(openAPI);
        typeTheApplicationResults(openAPI);
        ResponseProperties.require(openAPI);
        NullableSchemas.reconcile(openAPI);
        StringRestrictions.restrict(openAPI);
        CorsHeaders.document(openAPI);
    }

    /** Array properties marked with {@link #ITEMS} get their items as a reference to the named schema. */
    private static void itemsByName(OpenAPI openAPI) {
        openAPI.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            schema.getProperties().values().forEach(property -> {
                // annotations give the mark as an extension; a model read back from JSON as a plain property
                Object items = property.getExtensions() == null ? null : property.getExtensions().get(ITEMS);
                if (items == null) {
                    items = property.get(ITEMS);
                }
                if (items != null) {
                    property.setItems(OASFactory.createSchema().ref("#/components/schemas/" + items));
                    property.removeExtension(ITEMS);
                    property.set(ITEMS, null);
                }
            });
        });
    }

    /**
     * The {@code result} of an officer's action is exactly one of the lines' marked records, each
     * closed to other properties (the server reads it strictly into the one the application's line
     * names). No property tells them apart, so there is no discriminator: the line and the action
     * do, and they are not in the payload.
     */
    private static void typeTheActionResults(OpenAPI openAPI) {
        Schema result = resultOf(openAPI, "OfficerAction");
        List<Schema> shapes = marked(openAPI, ACTION_RESULT);
        if (shapes.isEmpty() || result == null || result.getOneOf() != null && !result.getOneOf().isEmpty()) {
            return;
        }
        result.setRef(null);
        result.setOneOf(shapes);
    }

    /**
     * An application's {@code result} gathers the parts its line wrote so far: the free-form object,
     * naming the marked schemas as its {@link #SHAPES}. The marks stay in the contract (they say which
     * shapes are results), and a model filtered once already is left as it is.
     */
    private static void typeTheApplicationResults(OpenAPI openAPI) {
        Schema result = resultOf(openAPI, "Application");
        List<Schema> shapes = marked(openAPI, APPLICATION_RESULT);
        if (shapes.isEmpty() || result == null || result.getExtensions() != null && result.getExtensions().containsKey(SHAPES)) {
            return;
        }
        nameShapes(result, shapes.stream().map(Schema::getRef).toList());
    }

    private static Schema resultOf(OpenAPI openAPI, String owner) {
        Schema holder = openAPI.getComponents().getSchemas().get(owner);
        return holder == null || holder.getProperties() == null ? null : holder.getProperties().get("result");
    }

    private static List<Schema> marked(OpenAPI openAPI, String marker) {
        List<Schema> shapes = new ArrayList<>();
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            // annotations give the mark as an extension; a model read back from JSON as a plain property
            if (schema.getExtensions() != null && schema.getExtensions().containsKey(marker) || schema.get(marker) != null) {
                shapes.add(OASFactory.createSchema().ref("#/components/schemas/" + name));
            }
        });
        return shapes;
    }

    /**
     * Makes a free-form object property name the shapes its value takes ({@link #SHAPES}), each by a
     * reference object: tools that look for unused components (Spectral's) follow a {@code $ref}
     * wherever it stands, an extension included, but not into the siblings of a {@code $ref} (a
     * reference object stands for its target alone). So the property is the free-form object written
     * out ({@code JsonObject}'s {@code type} and {@code maxProperties}) rather than a reference to it;
     * the value it allows is the same, and generators, which ignore extensions, still see a free-form
     * object and generate no type of the shapes into it.
     */
    public static void nameShapes(Schema property, List<String> shapeRefs) {
        if (property.getRef() != null) {
            property.setRef(null);
        }
        property.setType(List.of(Schema.SchemaType.OBJECT));
        if (property.getMaxProperties() == null) {
            property.setMaxProperties(FREE_FORM_MAX_PROPERTIES);
        }
        property.addExtension(SHAPES, shapeRefs.stream().map(ref -> Map.of("$ref", ref)).toList());
    }
}
