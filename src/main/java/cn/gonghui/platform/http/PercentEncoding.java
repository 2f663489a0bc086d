package cn.gonghui.platform.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether a piece of a URI or of a form is well percent-encoded: every {@code %} followed by two
 * hex digits, and the bytes they make UTF-8. Checked before the framework decodes, which answers
 * a {@code %zz} with an exception rather than with the caller's mistake.
 */
final class PercentEncoding {

    private PercentEncoding() {
    }

    static boolean isValid(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%') {
                if (c >= 0x80) {
                    return false;
                }
                bytes.write(c);
                continue;
            }
            if (i + 2 >= encoded.length()) {
                return false;
            }
            int high = Character.digit(encoded.charAt(i + 1), 16);
            int low = Character.digit(encoded.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return false;
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
