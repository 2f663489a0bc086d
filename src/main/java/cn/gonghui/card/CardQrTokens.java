package cn.gonghui.card;

import cn.gonghui.privacy.BlindIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The member's dynamic QR code: a random token id, the card id and the expiry, signed with
 * HMAC-SHA256 under the privacy index key (through {@link BlindIndex}, with its own purpose so no
 * blind index can pass for a signature). A MAC, not a JWT: only this service checks it (merchants
 * ask us), every instance shares the key already, and the code stays short enough for a small QR.
 * No personal data is inside; the token id makes each code usable for one benefit only.
 */
@ApplicationScoped
public class CardQrTokens {

    /** What a well-signed token says. */
    public record Claims(UUID tokenId, UUID cardId, Instant expiresAt) {

        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    private static final String PURPOSE = "card.qr";
    private static final int PAYLOAD_BYTES = 16 + 16 + 8;

    private final BlindIndex mac;
    private final CardSettings settings;
    private final Clock clock;

    public CardQrTokens(BlindIndex mac, CardSettings settings, Clock clock) {
        this.mac = mac;
        this.settings = settings;
        this.clock = clock;
    }

    public String issue(UUID cardId, Instant expiresAt) {
        UUID tokenId = UUID.randomUUID();
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(tokenId.getMostSignificantBits()).putLong(tokenId.getLeastSignificantBits())
                .putLong(cardId.getMostSignificantBits()).putLong(cardId.getLeastSignificantBits())
                .putLong(expiresAt.getEpochSecond());
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.array());
        return encoded + "." + mac.of(PURPOSE, encoded);
    }

    public Instant nextExpiry() {
        return clock.instant().plus(settings.qrLifetime()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** The token's claims, or empty when it is malformed or its signature does not hold. */
    public Optional<Claims> read(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        byte[] expected = mac.of(PURPOSE, encoded).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        ByteBuffer payload = ByteBuffer.wrap(Base64.getUrlDecoder().decode(encoded));
        if (payload.remaining() != PAYLOAD_BYTES) {
            return Optional.empty();
        }
        return Optional.of(new Claims(new UUID(payload.getLong(), payload.getLong()),
                new UUID(payload.getLong(), payload.getLong()), Instant.ofEpochSecond(payload.getLong())));
    }
}
