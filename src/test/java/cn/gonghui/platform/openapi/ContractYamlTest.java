package cn.gonghui.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The committed YAML contract means the same to a YAML 1.1 parser (SnakeYAML, as in most Java and
 * Python tooling) as the JSON contract does: no {@code 17:30} read as 1050, no date read as a
 * timestamp, no {@code on} read as true.
 */
class ContractYamlTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aYaml11ParserReadsTheYamlContractAsTheJsonContract() throws IOException {
        JsonNode json = JSON.readTree(Path.of("openapi", "openapi.json").toFile());
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        Object yaml;
        try (Reader reader = Files.newBufferedReader(Path.of("openapi", "openapi.yaml"))) {
            yaml = new Yaml(options).load(reader);
        }
        List<String> differences = new ArrayList<>();
        compare("", JSON.valueToTree(yaml), json, differences);
        assertThat(differences).isEmpty();
    }

    @Test
    void textsThatYaml11ReadsAsOtherValuesAreQuoted() throws IOException {
        JsonNode contract = JSON.readTree("""
                {"closes": "17:30", "on": "off", "date": "2026-11-22", "code": "0755", "plain": "desheng",
                 "number": 1050, "flag": true}""");
        String yaml = ContractYaml.write(contract);
        assertThat(yaml).contains("closes: \"17:30\"", "\"on\": \"off\"", "date: \"2026-11-22\"",
                "code: \"0755\"", "plain: desheng", "number: 1050", "flag: true");
        JsonNode read = JSON.valueToTree(new Yaml().load(yaml));
        assertThat(read).isEqualTo(contract);
    }

    private static void compare(String at, JsonNode yaml, JsonNode json, List<String> differences) {
        if (json.isObject() && yaml.isObject()) {
            if (!keys(yaml).equals(keys(json))) {
                differences.add(at + ": keys " + keys(yaml) + " in YAML, " + keys(json) + " in JSON");
            }
            json.properties().forEach(entry -> {
                if (yaml.has(entry.getKey())) {
                    compare(at + "/" + entry.getKey(), yaml.get(entry.getKey()), entry.getValue(), differences);
                }
            });
        } else if (json.isArray() && yaml.isArray() && json.size() == yaml.size()) {
            for (int i = 0; i < json.size(); i++) {
                compare(at + "/" + i, yaml.get(i), json.get(i), differences);
            }
        } else if (json.isNumber() && yaml.isNumber()) {
            if (json.decimalValue().compareTo(yaml.decimalValue()) != 0) {
                differences.add(at + ": " + yaml + " in YAML, " + json + " in JSON");
            }
        } else if (!json.equals(yaml)) {
            differences.add(at + ": " + yaml + " in YAML, " + json + " in JSON");
        }
    }

    private static List<String> keys(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).sorted().toList();
    }
}
