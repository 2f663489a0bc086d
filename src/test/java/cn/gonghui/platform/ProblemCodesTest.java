package cn.gonghui.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.platform.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem and field code the code can raise has a title or message in both languages. */
class ProblemCodesTest {

    private static final Pattern PROBLEMS = Pattern.compile(
            "(?:new ApiProblem\\(\\d+, |ApiProblem\\.\\w+\\(|invalidFields\\(\\d+, |Map\\.entry\\(\\d+, )\"([A-Z][A-Z0-9_]+)\"");
    private static final Pattern FIELDS = Pattern.compile(
            "(?:new FieldError\\([^,]+, |FormValidator\\.error\\([^,]+, |error\\([^,]+, )\"([A-Z][A-Z0-9_]+)\"");

    private final Messages messages = new Messages();

    @Test
    void everyCodeIsExplained() throws IOException {
        Set<String> problems = new TreeSet<>();
        Set<String> fields = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                collect(PROBLEMS, text, problems);
                collect(FIELDS, text, fields);
            }
        }
        // codes built from a prefix: one per value of what completes them
        fields.remove("ID_NUMBER_");
        for (var defect : cn.gonghui.identity.IdNumber.Defect.values()) {
            fields.add("ID_NUMBER_" + defect.name());
        }
        assertThat(problems).hasSizeGreaterThan(40);
        for (var locale : new java.util.Locale[] {Messages.CHINESE, Messages.ENGLISH}) {
            assertThat(problems).allSatisfy(code ->
                    assertThat(messages.find(locale, "problem." + code + ".title")).as(code + " " + locale).isPresent());
            assertThat(fields).allSatisfy(code ->
                    assertThat(messages.find(locale, "field." + code)).as(code + " " + locale).isPresent());
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> codes) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
    }
}
