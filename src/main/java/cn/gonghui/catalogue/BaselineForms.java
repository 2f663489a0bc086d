package cn.gonghui.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The forms as the migrations seed them ({@code catalogue/baseline-services.json}), which the
 * contract publishes as one named schema per service. A test holds the migrations and this file
 * to the same content, so the contract cannot drift from the database.
 */
public final class BaselineForms {

    static final String RESOURCE = "catalogue/baseline-services.json";

    /** A seeded service's code, Chinese name and form. */
    public record Baseline(String code, LocalisedText name, FormDefinition form) {
    }

    private BaselineForms() {
    }

    public static List<Baseline> read() {
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = BaselineForms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            List<Baseline> baselines = new ArrayList<>();
            for (JsonNode service : json.readTree(in)) {
                JsonNode form = service.get("form");
                List<FormAttribute> attributes = new ArrayList<>();
                for (JsonNode attribute : form.get("attributes")) {
                    attributes.add(json.treeToValue(attribute, FormAttribute.class));
                }
                baselines.add(new Baseline(service.get("code").asText(), json.treeToValue(service.get("name"),
                        LocalisedText.class), new FormDefinition(service.get("code").asText(),
                        form.get("version").asInt(), attributes)));
            }
            return baselines;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    /** {@code membership.join} becomes {@code MembershipJoinForm}. */
    public static String schemaName(String serviceCode) {
        StringBuilder name = new StringBuilder();
        for (String part : serviceCode.split("[.-]")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.append("Form").toString();
    }
}
