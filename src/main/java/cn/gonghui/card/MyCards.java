package cn.gonghui.card;

import cn.gonghui.card.CardOrderViews.PickupStationView;
import cn.gonghui.card.MemberCardViews.CardExport;
import cn.gonghui.card.MemberCardViews.CardView;
import cn.gonghui.card.MemberCardViews.ExportedCard;
import cn.gonghui.card.MemberCardViews.PickupView;
import cn.gonghui.card.MemberCardViews.QrView;
import cn.gonghui.card.MemberCardViews.StepView;
import cn.gonghui.card.MemberCardViews.UseView;
import cn.gonghui.place.Stations;
import cn.gonghui.place.Stations.StationRef;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.i18n.RequestLocale;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.privacy.FieldCipher;
import cn.gonghui.privacy.Masking;
import cn.gonghui.privacy.PersonalDataExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The member's own cards with their story, their QR code, and the benefits they used. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyCards implements PersonalDataExport {

    private final CardQrTokens tokens;
    private final FieldCipher cipher;
    private final EntityManager entityManager;
    private final RequestLocale locale;
    private final Stations stations;

    public MyCards(CardQrTokens tokens, FieldCipher cipher, EntityManager entityManager, RequestLocale locale,
            Stations stations) {
        this.stations = stations;
        this.locale = locale;
        this.tokens = tokens;
        this.cipher = cipher;
        this.entityManager = entityManager;
    }

    @Override
    public String section() {
        return "card";
    }

    @Override
    public Object of(UUID memberId) {
        return export(memberId);
    }

    /** For the member's data export: every card with its full number, and every use. */
    public CardExport export(UUID memberId) {
        List<MemberCard> found = MemberCard.allOf(memberId);
        Map<UUID, StationRef> pickups = pickupStations(found);
        List<ExportedCard> cards = found.stream().map(card -> new ExportedCard(view(card, pickups),
                cipher.decrypt(CardReportEffects.NUMBER_PURPOSE, card.cardNumberCipher))).toList();
        List<UseView> uses = uses(memberId).fetch(entityManager).stream().map(MyCards::useView).toList();
        return new CardExport(cards, uses);
    }

    /** Newest first; a member has a handful of cards in a lifetime, so one page holds them all. */
    public Page<CardView> cards(UUID memberId) {
        List<MemberCard> found = MemberCard.allOf(memberId);
        Map<UUID, StationRef> pickups = pickupStations(found);
        return new Page<>(found.stream().map(card -> view(card, pickups)).toList(), null);
    }

    /** The cards' pickup stations, in one query. */
    private Map<UUID, StationRef> pickupStations(List<MemberCard> cards) {
        return stations.findAll(cards.stream().map(card -> card.pickupStationId).filter(java.util.Objects::nonNull)
                .distinct().toList());
    }

    /** A fresh code for the member's active card; any number may be asked for, each good once. */
    public QrView qr(UUID memberId) {
        MemberCard card = MemberCard.liveOf(memberId).filter(live -> live.status == CardStatus.ACTIVE)
                .orElseThrow(() -> ApiProblem.unprocessable("NO_ACTIVE_CARD"));
        Instant expiresAt = tokens.nextExpiry();
        return new QrView(tokens.issue(card.id, expiresAt), expiresAt);
    }

    /** Newest first, keyset-paged on id. */
    public Page<UseView> uses(UUID memberId, PageParams page) {
        return uses(memberId).page(page).fetchPage(entityManager, row -> Cursor.of(row[0]), MyCards::useView);
    }

    /** The member's uses newest first. */
    private KeysetQuery<Object[]> uses(UUID memberId) {
        String programmeName = locale.isEnglish() ? "p.name_en" : "p.name_zh";
        return KeysetQuery.sql("""
                SELECT u.id, u.programme_code, %s, COALESCE(i.name, u.merchant), u.amount, c.last_four, u.used_at
                  FROM benefit_uses u
                  JOIN benefit_programmes p ON p.code = u.programme_code
                  JOIN member_cards c ON c.id = u.card_id
                  LEFT JOIN integrator_clients i ON i.client_id = u.merchant""".formatted(programmeName), Object[].class)
                .where("u.member_id = :member", "member", memberId)
                .orderBy(Direction.DESCENDING, SortKey.uuid("u.id"));
    }

    private static UseView useView(Object[] row) {
        return new UseView((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                ((BigDecimal) row[4]).setScale(2).toPlainString(), (String) row[5], (Instant) row[6]);
    }

    private static CardView view(MemberCard card, Map<UUID, StationRef> pickups) {
        List<StepView> history = CardHistory.<CardHistory>list("cardId = ?1 order by at, id", card.id).stream()
                .map(step -> new StepView(step.status.code(), step.at, step.actor)).toList();
        StationRef station = card.pickupStationId == null ? null : pickups.get(card.pickupStationId);
        PickupView pickup = new PickupView(card.pickupPreference, card.pickupBranch,
                station == null ? null : new PickupStationView(station.id(), station.name(), station.address()));
        return new CardView(card.id, card.status.code(), Masking.cardEndingIn(card.lastFour), card.lastFour, pickup,
                card.replacesCardId, card.applicationId, card.createdAt, card.updatedAt, history);
    }
}
