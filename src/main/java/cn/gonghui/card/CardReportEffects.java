package cn.gonghui.card;

import cn.gonghui.application.Action;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.Applications;
import cn.gonghui.application.OfficerActions;
import cn.gonghui.card.CardOrderViews.StatusReport;
import cn.gonghui.catalogue.Catalogue;
import cn.gonghui.notification.Notifier;
import cn.gonghui.place.Stations;
import cn.gonghui.place.Stations.StationRef;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.Constraints;
import cn.gonghui.privacy.BlindIndex;
import cn.gonghui.privacy.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Map;

/**
 * What a bank report does to the card: it moves along (sent to the bank, produced, ready for
 * pickup, active), or fails. The card issued, or failed for good, is the bank's last word on an
 * issue or replacement, so the service completes the member's application itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CardReportEffects {

    static final String NUMBER_PURPOSE = "card.number";

    private final Cards cards;
    private final OfficerActions officerActions;
    private final Notifier notifier;
    private final Catalogue catalogue;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final EntityManager entityManager;
    private final Stations stations;
    private final Applications applications;

    public CardReportEffects(Cards cards, OfficerActions officerActions, Notifier notifier, Catalogue catalogue,
            FieldCipher cipher, BlindIndex blindIndex, EntityManager entityManager, Stations stations,
            Applications applications) {
        this.applications = applications;
        this.stations = stations;
        this.cards = cards;
        this.officerActions = officerActions;
        this.notifier = notifier;
        this.catalogue = catalogue;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.entityManager = entityManager;
    }

    void apply(CardOrder order, MemberCard card, CardOrderStatus reported, StatusReport report) {
        if (!order.makesCard()) {
            if (reported == CardOrderStatus.FAILED) {
                order.failureReason = report.reason();
            }
            return;
        }
        switch (reported) {
            case ACCEPTED -> cards.move(card, CardStatus.SENT_TO_BANK, Cards.By.BANK);
            case PRODUCED -> cards.move(card, CardStatus.PRODUCED, Cards.By.BANK);
            case READY_FOR_PICKUP -> readyForPickup(order, card, report);
            case ISSUED -> issued(order, card, report);
            case FAILED -> failed(order, card, report);
            // the report's checks let only the statuses above through
            case PENDING, CANCELLED -> throw new IllegalStateException("The bank does not report " + reported.code());
        }
    }

    private void readyForPickup(CardOrder order, MemberCard card, StatusReport report) {
        StationRef station = report.stationId() == null ? null
                : stations.find(report.stationId()).orElseThrow(() -> invalid("stationId", "UNKNOWN_STATION"));
        card.pickupBranch = report.branch();
        card.pickupStationId = report.stationId();
        cards.move(card, CardStatus.READY_FOR_PICKUP, Cards.By.BANK);
        String place = report.branch() != null ? report.branch() : station.name();
        notify(order, "card_ready_for_pickup", place);
    }

    private void issued(CardOrder order, MemberCard card, StatusReport report) {
        CardNumber number = CardNumber.parse(report.cardNumber()).orElseThrow(() -> invalid("cardNumber", "LUHN_CHECK_FAILED"));
        if (!number.lastFour().equals(report.lastFour())) {
            throw invalid("lastFour", "LAST_FOUR_MISMATCH");
        }
        card.cardNumberCipher = cipher.encrypt(NUMBER_PURPOSE, number.digits());
        card.cardNumberIndex = blindIndex.of(NUMBER_PURPOSE, number.digits());
        card.lastFour = number.lastFour();
        cards.move(card, CardStatus.ACTIVE, Cards.By.BANK);
        Constraints.flush(entityManager, Map.of("member_cards_card_number_index_key",
                () -> ApiProblem.unprocessable("CARD_NUMBER_IN_USE")));
        officerActions.actAsSystem(order.applicationId, Action.COMPLETE, null);
        notify(order, "card_active", card.lastFour);
    }

    private void failed(CardOrder order, MemberCard card, StatusReport report) {
        order.failureReason = report.reason();
        cards.move(card, CardStatus.FAILED, Cards.By.BANK);
        officerActions.actAsSystem(order.applicationId, Action.COMPLETE, null);
        notify(order, "card_failed", report.reason());
    }

    private void notify(CardOrder order, String event, String detail) {
        ApplicationRef application = applications.find(order.applicationId).orElseThrow();
        String service = catalogue.service(application.serviceCode()).orElseThrow().name(Locale.SIMPLIFIED_CHINESE);
        notifier.notify(new Notifier.Notice(application.memberId(), application.id(), event, service,
                application.number(), detail));
    }

    private static ApiProblem invalid(String field, String code) {
        return ApiProblem.invalidField(422, "CARD_REPORT_INVALID", field, code);
    }
}
