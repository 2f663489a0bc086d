package cn.gonghui.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A clone holds everything its documents point to, and the API guide names every problem code. */
class DocumentationTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Path GUIDE = Path.of("docs", "API.md");

    @Test
    void everyLinkOfTheReadmeAndTheGuideLeadsToAFileOfTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            Matcher link = LINK.matcher(Files.readString(document));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue;
                }
                String[] fileAndAnchor = target.split("#", 2);
                Path file = fileAndAnchor[0].isEmpty() ? document
                        : document.toAbsolutePath().getParent().resolve(fileAndAnchor[0]).normalize();
                Path root = Path.of("").toAbsolutePath();
                if (!file.toAbsolutePath().startsWith(root) || !Files.exists(file)) {
                    broken.add(document + " -> " + target);
                } else if (fileAndAnchor.length == 2 && !anchors(file).contains(fileAndAnchor[1])) {
                    broken.add(document + " -> " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theGuideListsEveryProblemCodeTheServiceAnswersWith() throws IOException {
        Properties english = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages_en.properties"),
                StandardCharsets.UTF_8)) {
            english.load(in);
        }
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path bundle : bundles.filter(path -> path.toString().endsWith("_en.properties")).toList()) {
                Properties messages = new Properties();
                try (var in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    messages.load(in);
                }
                messages.stringPropertyNames().stream().filter(key -> key.startsWith("problem.") && key.endsWith(".title"))
                        .forEach(key -> codes.add(key.substring("problem.".length(), key.length() - ".title".length())));
            }
        }
        String guide = Files.readString(GUIDE);
        assertThat(codes).hasSizeGreaterThan(80)
                .allSatisfy(code -> assertThat(guide).as(code).contains("`" + code + "`"));
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).forEach(documents::add);
        }
        return documents;
    }

    /** GitHub's anchors: headings lower-cased, punctuation dropped, spaces as hyphens. */
    private static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new TreeSet<>();
        for (String line : Files.readAllLines(markdown)) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
                anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
