package cn.gonghui.attachment;

import java.util.Optional;

/**
 * The kinds of file we accept, recognised by their first bytes, never by the name or the type the
 * client claims: a renamed executable stays out.
 */
enum ContentType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final byte[] magic;

    ContentType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<ContentType> sniff(byte[] content) {
        for (ContentType type : values()) {
            if (startsWith(content, type.magic)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
