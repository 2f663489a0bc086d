package cn.gonghui.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract's pattern for free text says what the service holds every text to: a character the
 * pattern refuses is refused by the rule too, and every text the rule accepts matches the pattern,
 * so a client validating against the contract never refuses what the service takes.
 */
class TextRuleContractPatternTest {

    private static final Pattern CONTRACT = Pattern.compile(TextRule.CONTRACT_PATTERN);

    @Test
    void thePatternRefusesExactlyWhatTheRuleRefusesInMultiLineText() {
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            String text = "前" + c + "后";
            assertThat(CONTRACT.matcher(text).matches())
                    .as("U+%04X", (int) c)
                    .isEqualTo(TextRule.violation(text, true).isEmpty());
        }
    }

    @Test
    void everyTextOnOneLineTheRuleAcceptsMatchesThePattern() {
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            String text = "a" + c;
            if (TextRule.violation(text, false).isEmpty()) {
                assertThat(CONTRACT.matcher(text).matches()).as("U+%04X", (int) c).isTrue();
            }
        }
        assertThat(CONTRACT.matcher("王小明 \uD83D\uDE00 第二行\n\t").matches()).isTrue();
    }
}
