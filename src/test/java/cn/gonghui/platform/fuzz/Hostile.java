package cn.gonghui.platform.fuzz;

import java.util.List;

/**
 * What a hostile or broken client sends, each with a short name for the report. Nothing here looks like a
 * Java class name or a stack frame, so an answer that echoes input can never pass for a leak.
 */
final class Hostile {

    /** A named hostile value. */
    record Value(String name, String text) {
    }

    /** Text values, sent correctly encoded (JSON escapes, percent-encoding of UTF-8) so that the text itself arrives. */
    static final List<Value> STRINGS = List.of(
            new Value("empty", ""),
            new Value("blank", "   "),
            new Value("tab and newline", "\t\n"),
            new Value("NUL", "a\u0000b"),
            new Value("lone NUL", "\u0000"),
            new Value("control characters", "\u0001\u0007\u001b[31m\u007f"),
            new Value("CRLF header injection", "x\r\nSet-Cookie: fuzz=1"),
            new Value("lone high surrogate", "a\uD800b"),
            new Value("lone low surrogate", "\uDC00"),
            new Value("CJK extension B", "\uD840\uDC00\uD869\uDEA5"),
            new Value("emoji ZWJ", "\uD83D\uDC77\u200D\u2640\uFE0F"),
            new Value("bidi override and BOM", "\u202Eabc\uFEFF\u200B"),
            new Value("unicode line separators", "a\u2028b\u2029\u0085"),
            new Value("10,000 chars", "x".repeat(10_000)),
            new Value("3,000 CJK chars", "长".repeat(3_000)),
            new Value("percent text", "%zz%"),
            new Value("braces", "{id}"),
            new Value("path traversal", "../../etc/passwd"),
            new Value("SQL quote", "' OR '1'='1"),
            new Value("markup", "<script>alert(1)</script>"),
            new Value("JNDI lookup", "${jndi:ldap://fuzz.invalid/a}"),
            new Value("format string", "%s%n%x"),
            new Value("backslashes and quotes", "\\\"\\'"),
            new Value("nil uuid", "00000000-0000-0000-0000-000000000000"),
            new Value("upper-case uuid", "0193A2B4-3AF1-7EA3-9CE3-D9690A412C72"),
            new Value("braced uuid", "{0193a2b4-3af1-7ea3-9ce3-d9690a412c72}"),
            new Value("impossible date", "2026-02-30"),
            new Value("far date", "+999999999-12-31"),
            new Value("broken date-time", "2026-13-01T25:61:61+99:00"),
            new Value("NaN", "NaN"),
            new Value("minus one", "-1"),
            new Value("huge integer", "99999999999999999999999999"),
            new Value("exponent", "1e309"),
            new Value("boolean word", "true"),
            new Value("null word", "null"));

    /** Raw fragments of a request target: invalid percent-encodings and characters a URI may not carry. */
    static final List<Value> RAW_URL = List.of(
            new Value("%zz", "%zz"),
            new Value("lone percent", "%"),
            new Value("half escape", "%4"),
            new Value("encoded NUL", "%00"),
            new Value("overlong UTF-8", "%C0%AF"),
            new Value("encoded lone surrogate", "%ED%A0%80"),
            new Value("invalid UTF-8 byte", "%FF%FE"),
            new Value("raw braces", "{id}"),
            new Value("raw braces around uuid", "{0193a2b4-3af1-7ea3-9ce3-d9690a412c72}"),
            new Value("raw pipe caret backtick", "|^`"),
            new Value("raw square brackets", "[0]"),
            new Value("encoded slash", "a%2Fb"),
            new Value("encoded dot-dot", "%2e%2e%2f%2e%2e"),
            new Value("raw UTF-8 CJK", "\uD840\uDC00测试"),
            new Value("raw backslash", "a\\b"));

    /** JSON texts that stand where a value of another type is expected. */
    static final List<Value> JSON_VALUES = List.of(
            new Value("null", "null"),
            new Value("true", "true"),
            new Value("zero", "0"),
            new Value("negative", "-1"),
            new Value("fraction", "0.5"),
            new Value("above int32", "2147483648"),
            new Value("above int64", "9223372036854775808"),
            new Value("300 digits", "9".repeat(300)),
            new Value("1e400", "1e400"),
            new Value("-1e-400", "-1e-400"),
            new Value("empty array", "[]"),
            new Value("array of mixed", "[1,\"a\",null,{}]"),
            new Value("object", "{\"a\":{\"b\":[]}}"),
            new Value("number as string", "\"12\""));

    /** Whole bodies that are not the JSON object the operation reads. */
    static final List<Value> JSON_BODIES = List.of(
            new Value("empty", ""),
            new Value("whitespace", " \n "),
            new Value("null", "null"),
            new Value("array", "[]"),
            new Value("string", "\"x\""),
            new Value("number", "42"),
            new Value("trailing comma", "{\"a\":1,}"),
            new Value("single quotes", "{'a':'b'}"),
            new Value("comment", "/* c */ {}"),
            new Value("two documents", "{} {}"),
            new Value("unquoted key", "{a:1}"),
            new Value("NaN literal", "{\"a\":NaN}"),
            new Value("deep nesting", "[".repeat(5_000)),
            new Value("deep objects", "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000)),
            new Value("not JSON", "hello=world&%zz"),
            new Value("XML", "<?xml version=\"1.0\"?><a/>"));

    /** Content-Type headers other than the one the operation declares; null stands for none at all. */
    static final List<Value> CONTENT_TYPES = List.of(
            new Value("missing Content-Type", null),
            new Value("empty Content-Type", ""),
            new Value("blank Content-Type", " "),
            new Value("text/plain", "text/plain"),
            new Value("application/xml", "application/xml"),
            new Value("form", "application/x-www-form-urlencoded"),
            new Value("multipart without boundary", "multipart/form-data"),
            new Value("octet-stream", "application/octet-stream"),
            new Value("unknown charset", "application/json; charset=klingon"),
            new Value("malformed media type", "application/"),
            new Value("semicolons", ";;;"),
            new Value("star", "*/*"),
            new Value("garbage parameter", "application/json; ==;"));

    /** Authorization headers of callers who are not who they claim to be. */
    static final List<Value> AUTHORIZATIONS = List.of(
            new Value("scheme only", "Bearer"),
            new Value("empty bearer", "Bearer "),
            new Value("garbage bearer", "Bearer not-a-token"),
            new Value("three empty segments", "Bearer .."),
            new Value("JWT of garbage", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."),
            new Value("odd characters", "Bearer {}%zz|"),
            new Value("basic", "Basic Zm9vOmJhcg=="),
            new Value("broken basic", "Basic %%%"),
            new Value("unknown scheme", "Negotiate abc"),
            new Value("long bearer", "Bearer " + "a".repeat(8_000)));

    /** Accept headers: asking for what the API does not serve must still get a problem document. */
    static final List<Value> ACCEPTS = List.of(
            new Value("xml", "application/xml"),
            new Value("html", "text/html"),
            new Value("png", "image/png"),
            new Value("broken quality", "application/json;q=abc"),
            new Value("malformed", "/"),
            new Value("empty", ""));

    /** Accept-Language headers a phone or a proxy may send. */
    static final List<Value> LANGUAGES = List.of(
            new Value("unknown", "xx-YY"),
            new Value("broken quality", "zh-CN;q=abc"),
            new Value("star", "*"),
            new Value("many", "en;q=0.1,".repeat(200) + "zh"),
            new Value("garbage", "@@@"));

    private Hostile() {
    }
}
