package cn.gonghui.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes {@code openapi.yaml} again from {@code openapi.json}, quoting every text a YAML 1.1 parser
 * would read as something else. The generator leaves {@code 17:30} (a sexagesimal 1050 in YAML 1.1),
 * {@code 2026-11-22} (a timestamp) and the like unquoted: YAML 1.2 tools read them as the contract
 * means them, SnakeYAML, PyYAML and many code generators do not. Run by the build after the contract
 * is stored ({@code exec-maven-plugin} in the {@code package} phase); not part of the service.
 */
public final class ContractYaml {

    private static final Resolver YAML_1_1 = new Resolver();

    private ContractYaml() {
    }

    public static void main(String[] arguments) throws IOException {
        Path directory = Path.of(arguments.length > 0 ? arguments[0] : "openapi");
        JsonNode contract = new ObjectMapper().readTree(directory.resolve("openapi.json").toFile());
        Files.writeString(directory.resolve("openapi.yaml"), write(contract));
    }

    /** The contract as YAML that every YAML parser, 1.1 or 1.2, reads as the same values as the JSON. */
    static String write(JsonNode contract) throws IOException {
        YAMLFactory factory = YAMLFactory.builder()
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .stringQuotingChecker(new Yaml11Quoting())
                .build();
        return new YAMLMapper(factory).writeValueAsString(contract);
    }

    /** Quotes what the generator's own rules quote and whatever YAML 1.1 resolves to anything but a string. */
    private static final class Yaml11Quoting extends StringQuotingChecker.Default {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteName(String name) {
            return super.needToQuoteName(name) || notText(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || notText(value);
        }

        private static boolean notText(String value) {
            return !Tag.STR.equals(YAML_1_1.resolve(NodeId.scalar, value, true));
        }
    }
}
