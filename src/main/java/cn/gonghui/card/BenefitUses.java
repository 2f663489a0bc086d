package cn.gonghui.card;

import cn.gonghui.card.MerchantViews.BenefitUseRequest;
import cn.gonghui.card.MerchantViews.BenefitUseView;
import cn.gonghui.card.MerchantViews.VerificationView;
import cn.gonghui.identity.Members;
import cn.gonghui.identity.Members.MemberRef;
import cn.gonghui.membership.MembershipStatus;
import cn.gonghui.membership.Memberships;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.Constraints;
import cn.gonghui.platform.i18n.RequestLocale;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.privacy.Masking;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Merchants check a card and record the benefits members use. A check never uses a QR token up;
 * a recorded use does, exactly once (the token id is unique among uses, so two uses at once cannot
 * both pass). Every check and use is audited: it is a look at a member's card.
 */
@ApplicationScoped
public class BenefitUses {

    private static final Map<String, String> FAILURES = Map.of("unknown", "CARD_UNKNOWN",
            "card_inactive", "CARD_INACTIVE", "expired", "QR_TOKEN_EXPIRED", "used", "QR_TOKEN_USED");

    private final CardCredentials credentials;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final RequestLocale locale;
    private final Clock clock;
    private final Members members;
    private final Memberships memberships;

    public BenefitUses(CardCredentials credentials, AuditLog audit, EntityManager entityManager, RequestLocale locale,
            Clock clock, Members members, Memberships memberships) {
        this.members = members;
        this.memberships = memberships;
        this.credentials = credentials;
        this.audit = audit;
        this.entityManager = entityManager;
        this.locale = locale;
        this.clock = clock;
    }

    @Transactional
    public VerificationView verify(String qrToken, String cardNumber) {
        CardCredentials.Presented presented = credentials.resolve(qrToken, cardNumber);
        audit.record(AuditEvent.of("card.verify", "member_card", presented.card() == null ? null : presented.card().id)
                .details(Map.of("valid", presented.valid(), "by", qrToken != null ? "qr_token" : "card_number")));
        if (!presented.valid()) {
            return new VerificationView(false, presented.failure(), null, null, null);
        }
        MemberCard card = presented.card();
        return new VerificationView(true, null, Masking.name(holderName(card)), membershipStatus(card),
                card.lastFour);
    }

    @Transactional
    public BenefitUseView record(String merchant, BenefitUseRequest request) {
        BigDecimal amount = new BigDecimal(request.amount());
        if (amount.signum() <= 0) {
            throw ApiProblem.invalidField("amount", "NOT_POSITIVE");
        }
        String programme = programmeName(request.programCode());
        CardCredentials.Presented presented = credentials.resolve(request.qrToken(), request.cardNumber());
        if (!presented.valid()) {
            throw ApiProblem.unprocessable(FAILURES.get(presented.failure()));
        }
        MemberCard card = presented.card();
        // a loss report holds the card's row while it stops the card: wait for it, and see what it decided
        entityManager.refresh(card, LockModeType.PESSIMISTIC_READ);
        if (card.status != CardStatus.ACTIVE) {
            throw ApiProblem.unprocessable(FAILURES.get("card_inactive"));
        }
        if (!memberships.isActive(card.memberId)) {
            throw ApiProblem.unprocessable("MEMBERSHIP_REQUIRED");
        }
        BenefitUse use = new BenefitUse();
        use.id = Ids.newId();
        use.programmeCode = request.programCode();
        use.cardId = card.id;
        use.memberId = card.memberId;
        use.merchant = merchant;
        use.amount = amount;
        use.qrTokenId = presented.tokenId();
        use.usedAt = clock.instant();
        use.persist();
        Constraints.flush(entityManager, Map.of("benefit_uses_qr_token_id_key",
                () -> ApiProblem.unprocessable("QR_TOKEN_USED")));
        audit.record(AuditEvent.of("card.benefit_use", "member_card", card.id)
                .details(Map.of("benefitUse", use.id.toString(), "programme", use.programmeCode)));
        return new BenefitUseView(use.id, use.programmeCode, programme, amount.toPlainString(),
                Masking.name(holderName(card)), card.lastFour, use.usedAt);
    }

    private String programmeName(String code) {
        List<?> names = entityManager.createNativeQuery(
                        "SELECT " + (locale.isEnglish() ? "name_en" : "name_zh")
                                + " FROM benefit_programmes WHERE code = :code AND enabled")
                .setParameter("code", code).getResultList();
        if (names.isEmpty()) {
            throw ApiProblem.invalidField(422, "BENEFIT_PROGRAMME_UNKNOWN", "programCode", "UNKNOWN_PROGRAMME");
        }
        return (String) names.get(0);
    }

    private String membershipStatus(MemberCard card) {
        return memberships.statusOf(card.memberId).map(MembershipStatus::code).orElse("none");
    }

    private String holderName(MemberCard card) {
        return members.find(card.memberId).map(MemberRef::realName).orElse(null);
    }
}
