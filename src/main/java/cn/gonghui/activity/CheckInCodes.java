package cn.gonghui.activity;

import cn.gonghui.privacy.BlindIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The member's check-in code: the registration id and the expiry, HMAC-SHA256-signed under the
 * privacy index key with a purpose of its own, as the member card's QR code is (card.CardQrTokens):
 * only this service checks it, every instance holds the key, nothing personal is inside, and it is
 * short enough for a small QR code. Once used, the registration is checked in, so a replayed code
 * finds it so.
 */
@ApplicationScoped
public class CheckInCodes {

    /** What a well-signed code says. */
    record Claims(UUID registrationId, Instant expiresAt) {

        boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    private static final String PURPOSE = "activity.check-in";
    private static final int PAYLOAD_BYTES = 16 + 8;

    private final BlindIndex mac;

    public CheckInCodes(BlindIndex mac) {
        this.mac = mac;
    }

    String issue(UUID registrationId, Instant expiresAt) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(registrationId.getMostSignificantBits()).putLong(registrationId.getLeastSignificantBits())
                .putLong(expiresAt.getEpochSecond());
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.array());
        return encoded + "." + mac.of(PURPOSE, encoded);
    }

    /** The code's claims, or empty when it is malformed or its signature does not hold. */
    Optional<Claims> read(String code) {
        int dot = code.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String encoded = code.substring(0, dot);
        byte[] expected = mac.of(PURPOSE, encoded).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, code.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        ByteBuffer payload = ByteBuffer.wrap(Base64.getUrlDecoder().decode(encoded));
        if (payload.remaining() != PAYLOAD_BYTES) {
            return Optional.empty();
        }
        return Optional.of(new Claims(new UUID(payload.getLong(), payload.getLong()),
                Instant.ofEpochSecond(payload.getLong())));
    }
}
