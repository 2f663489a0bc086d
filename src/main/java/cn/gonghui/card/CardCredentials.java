package cn.gonghui.card;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.privacy.BlindIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * What a merchant is shown, a QR token or a card number, resolved to the card and whether it is
 * good now: a stopped card (lost, cancelled) fails first, then an expired or used token.
 */
@ApplicationScoped
public class CardCredentials {

    /** The card shown, if it is one of ours, and why it does not pass ({@code null} when it does). */
    public record Presented(MemberCard card, UUID tokenId, String failure) {

        public boolean valid() {
            return failure == null;
        }
    }

    private final CardQrTokens tokens;
    private final BlindIndex blindIndex;
    private final Clock clock;

    public CardCredentials(CardQrTokens tokens, BlindIndex blindIndex, Clock clock) {
        this.tokens = tokens;
        this.blindIndex = blindIndex;
        this.clock = clock;
    }

    public Presented resolve(String qrToken, String cardNumber) {
        if ((qrToken == null) == (cardNumber == null)) {
            throw ApiProblem.invalidField("qrToken", "QR_TOKEN_OR_CARD_NUMBER");
        }
        return qrToken != null ? byToken(qrToken) : byNumber(cardNumber);
    }

    private Presented byToken(String qrToken) {
        Optional<CardQrTokens.Claims> claims = tokens.read(qrToken);
        MemberCard card = claims.map(read -> MemberCard.<MemberCard>findById(read.cardId())).orElse(null);
        if (card == null) {
            return new Presented(null, null, "unknown");
        }
        UUID tokenId = claims.get().tokenId();
        if (card.status != CardStatus.ACTIVE) {
            return new Presented(card, tokenId, "card_inactive");
        }
        if (claims.get().expiredAt(clock.instant())) {
            return new Presented(card, tokenId, "expired");
        }
        if (BenefitUse.count("qrTokenId", tokenId) > 0) {
            return new Presented(card, tokenId, "used");
        }
        return new Presented(card, tokenId, null);
    }

    private Presented byNumber(String cardNumber) {
        Optional<MemberCard> card = CardNumber.parse(cardNumber).flatMap(number -> MemberCard
                .<MemberCard>find("cardNumberIndex", blindIndex.of(CardReportEffects.NUMBER_PURPOSE, number.digits()))
                .firstResultOptional());
        if (card.isEmpty()) {
            return new Presented(null, null, "unknown");
        }
        return new Presented(card.get(), null, card.get().status == CardStatus.ACTIVE ? null : "card_inactive");
    }
}
