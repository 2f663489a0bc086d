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
 * The forms as the migrations seed them ({@code catalogue/<line>.json}), which the
 * contract publishes as one named schema per service. A test holds the migrations and this file
 * to the same content, so the contract cannot drift from the database.
 */
public final class BaselineForms {

    /** One file per line family, {@code catalogue/<line>.json}; a family without its file has none yet. */
    static final List<String> LINES = List.of("membership", "legal-aid", "hardship", "card", "mutual-aid");

    /** A seeded service's code, Chinese name and form. */
    public record Baseline(String code, LocalisedText name, FormDefinition form) {
    }

    private BaselineForms() {
    }

    public static List<Baseline> read() {
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<Baseline> baselines = new ArrayList<>();
        for (String line : LINES) {
            String resource = "catalogue/" + line + ".json";
            try (InputStream in = BaselineForms.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                for (JsonNode service : json.readTree(in)) {
                    baselines.add(baseline(json, service));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + resource, e);
            }
        }
        return baselines;
    }

    private static Baseline baseline(ObjectMapper json, JsonNode service) throws IOException {
        JsonNode form = service.get("form");
        List<FormAttribute> attributes = new ArrayList<>();
        for (JsonNode attribute : form.get("attributes")) {
            attributes.add(json.treeToValue(attribute, FormAttribute.class));
        }
        return new Baseline(service.get("code").asText(), json.treeToValue(service.get("name"), LocalisedText.class),
                new FormDefinition(service.get("code").asText(), form.get("version").asInt(), attributes));
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
