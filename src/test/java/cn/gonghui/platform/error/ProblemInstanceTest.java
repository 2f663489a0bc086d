package cn.gonghui.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A problem's instance is the request path as a URI reference, whatever bytes the request line held. */
class ProblemInstanceTest {

    private static final Pattern CONTRACT = Pattern.compile(Problem.INSTANCE_PATTERN);

    @Test
    void anOrdinaryPathIsEchoedAsItIs() {
        String path = "/api/v1/stations/0193a6b0-0000-7000-8000-000000000000/slots;x=1";
        assertThat(ProblemFactory.instance(path)).isEqualTo(path);
    }

    @Test
    void rawUtf8ArrivingOneCharPerByteBecomesTheEscapesItShouldHaveBeen() {
        // "测" sent as raw UTF-8 (E6 B5 8B) reaches the service as three chars, one of them the control U+008B
        String latin1 = new String("/api/v1/activities/测".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(ProblemFactory.instance(latin1)).isEqualTo("/api/v1/activities/%E6%B5%8B");
        assertThat(ProblemFactory.instance("/a/测 {x}")).isEqualTo("/a/%E6%B5%8B%20%7Bx%7D");
        assertThat(ProblemFactory.instance("/a/\u0000\u001b")).isEqualTo("/a/%00%1B");
    }

    @Test
    void whatItEchoesMatchesTheContractsPatternAndLengthOrNothing() {
        for (String path : new String[] {"/a/\u0085\u009f", "/a/\"<>\\^`|", "/a/\uD800", "/a/𠀀"}) {
            assertThat(CONTRACT.matcher(ProblemFactory.instance(path)).matches()).as(path).isTrue();
        }
        assertThat(ProblemFactory.instance("/" + "测".repeat(700))).as("longer than 2,000 once escaped").isNull();
    }
}
