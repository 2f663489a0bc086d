package cn.gonghui.card;

import cn.gonghui.application.Action;
import cn.gonghui.application.ActionRequest;
import cn.gonghui.application.ActionResult;
import cn.gonghui.application.Applicant;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.ApplicationStatus;
import cn.gonghui.application.LineRules;
import cn.gonghui.application.WithdrawalAfterApproval;
import cn.gonghui.catalogue.Service;
import cn.gonghui.membership.Memberships;
import cn.gonghui.place.Stations;
import cn.gonghui.platform.error.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The card lines on the engine. Applying needs an active membership and no card yet; the union's
 * approval confirms the card and orders it from the bank, whose report of the card issued
 * completes the application. A loss report stops the card at once, at submission, not at an
 * officer's approval: a lost card must not be usable a minute longer. A replacement needs a lost
 * (or a damaged, still active) card; a cancellation an active or lost one.
 */
@ApplicationScoped
public class CardLines implements LineRules<CardForm> {

    static final String APPLY = "card.apply";
    static final String REPORT_LOSS = "card.report-loss";
    static final String REPLACE = "card.replace";
    static final String CANCEL = "card.cancel";

    /** Where a card being made has ended, so its application may be completed. */
    private static final Set<CardStatus> ENDED_MAKING = EnumSet.of(CardStatus.ACTIVE, CardStatus.FAILED, CardStatus.LOST);

    private final Cards cards;
    private final Stations stations;
    private final Memberships memberships;

    public CardLines(Cards cards, Stations stations, Memberships memberships) {
        this.stations = stations;
        this.cards = cards;
        this.memberships = memberships;
    }

    @Override
    public Set<String> lines() {
        return Set.of(APPLY, REPORT_LOSS, REPLACE, CANCEL);
    }

    /**
     * Refused where the approval acted: a first card or a replacement was confirmed and ordered from
     * the bank (an order the bank may be working on cannot just vanish: the bank's report ends it), a
     * cancellation ended the card. A loss report acts at submission and its approval adds nothing, so
     * it may be withdrawn, and the card stays stopped.
     */
    @Override
    public WithdrawalAfterApproval withdrawalAfterApproval(String line) {
        return REPORT_LOSS.equals(line) ? WithdrawalAfterApproval.ALLOWED : WithdrawalAfterApproval.REFUSED;
    }

    @Override
    public Class<CardForm> formView() {
        return CardForm.class;
    }

    @Override
    public void beforeSubmit(Applicant applicant, Service service, CardForm form) {
        UUID memberId = applicant.memberId();
        CardStatus live = MemberCard.liveOf(memberId).map(card -> card.status).orElse(null);
        switch (service.line()) {
            case APPLY -> {
                requireMembership(memberId);
                if (live != null) {
                    throw ApiProblem.unprocessable("CARD_ALREADY_HELD");
                }
            }
            case REPORT_LOSS -> {
                if (live != CardStatus.ACTIVE && live != CardStatus.READY_FOR_PICKUP) {
                    throw ApiProblem.unprocessable("NO_ACTIVE_CARD");
                }
            }
            case REPLACE -> {
                requireMembership(memberId);
                boolean lost = form.replacesLostCard();
                if (lost && live != CardStatus.LOST) {
                    throw ApiProblem.unprocessable("NO_LOST_CARD");
                }
                if (!lost && live != CardStatus.ACTIVE) {
                    throw ApiProblem.unprocessable("NO_ACTIVE_CARD");
                }
            }
            default -> {
                if (live != CardStatus.ACTIVE && live != CardStatus.LOST) {
                    throw ApiProblem.unprocessable("NO_ACTIVE_CARD");
                }
            }
        }
    }

    @Override
    public void afterSubmit(ApplicationRef application, Service service, CardForm form) {
        if (APPLY.equals(service.line())) {
            cards.create(application, CardStatus.ORDERED, form.pickupPreference(), form.stationId(), null,
                    Cards.By.MEMBER);
        } else if (REPORT_LOSS.equals(service.line())) {
            MemberCard card = cards.lockLive(application.memberId())
                    .filter(live -> live.status == CardStatus.ACTIVE || live.status == CardStatus.READY_FOR_PICKUP)
                    .orElseThrow(() -> ApiProblem.unprocessable("NO_ACTIVE_CARD"));
            // a card lost before it was picked up is not issued any more: its order is taken back too
            cards.takeBack(card, CardStatus.LOST, Cards.By.MEMBER);
            cards.order(card, application.id(), CardOrder.LOSS);
        }
    }

    /**
     * Nobody but the bank's report completes a card being made: an officer's complete waits for it
     * (and is not offered till then), unless the member reported the card lost before picking it up,
     * which ends it too.
     */
    @Override
    public ApiProblem refusal(Action action, ApplicationRef application) {
        if (action == Action.COMPLETE && makesCard(application) && !ENDED_MAKING.contains(cardStatus(application))) {
            return ApiProblem.conflict("CARD_NOT_ISSUED_YET");
        }
        return null;
    }

    @Override
    public CardResult onAction(Action action, ApplicationRef application, ActionRequest request, ActionResult result,
            Supplier<CardForm> form) {
        if (action == Action.COMPLETE && makesCard(application)) {
            return new CardResult(null, cardStatus(application).code());
        }
        return null;
    }

    private static CardStatus cardStatus(ApplicationRef application) {
        return MemberCard.ofApplication(application.id()).map(card -> card.status).orElse(null);
    }

    @Override
    public CardResult onApproved(ApplicationRef application, CardForm form) {
        MemberCard card = switch (application.serviceCode()) {
            case APPLY -> confirm(application);
            case REPLACE -> replace(application, form);
            case CANCEL -> cancel(application);
            // the card the loss report stopped, whatever card the member holds since
            default -> CardOrder.<CardOrder>find("applicationId", application.id()).firstResultOptional()
                    .map(order -> MemberCard.<MemberCard>findById(order.cardId)).orElse(null);
        };
        return card == null ? null : new CardResult(card.id, card.status.code());
    }

    /**
     * A card application ended before the bank's last word takes its card back: rejected or withdrawn
     * before approval (the card only ordered), or closed by the member's erasure while the bank works
     * on it (its open order cancelled, which the bank sees).
     */
    @Override
    public void onClosed(ApplicationRef application, ApplicationStatus from) {
        if (!makesCard(application) || application.status() == ApplicationStatus.COMPLETED) {
            return;
        }
        Cards.By by = application.status() == ApplicationStatus.WITHDRAWN ? Cards.By.MEMBER : Cards.By.UNION;
        cards.lockOfApplication(application.id())
                .filter(card -> card.status == CardStatus.ORDERED || CardStatus.IN_PRODUCTION.contains(card.status))
                .ifPresent(card -> cards.takeBack(card, CardStatus.CANCELLED, by));
    }

    private MemberCard confirm(ApplicationRef application) {
        MemberCard card = cards.lockOfApplication(application.id())
                .filter(ordered -> ordered.status == CardStatus.ORDERED)
                .orElseThrow(() -> ApiProblem.conflict("CARD_STATE_CHANGED"));
        cards.move(card, CardStatus.CONFIRMED, Cards.By.UNION);
        cards.order(card, application.id(), CardOrder.ISSUE);
        return card;
    }

    private MemberCard replace(ApplicationRef application, CardForm form) {
        CardStatus needed = form.replacesLostCard() ? CardStatus.LOST : CardStatus.ACTIVE;
        MemberCard old = cards.lockLive(application.memberId()).filter(card -> card.status == needed)
                .orElseThrow(() -> ApiProblem.conflict("CARD_STATE_CHANGED"));
        cards.move(old, CardStatus.REPLACED, Cards.By.UNION);
        MemberCard card = cards.create(application, CardStatus.CONFIRMED, form.pickupPreference(), form.stationId(),
                old.id, Cards.By.UNION);
        cards.order(card, application.id(), CardOrder.REPLACE);
        return card;
    }

    private MemberCard cancel(ApplicationRef application) {
        MemberCard card = cards.lockLive(application.memberId())
                .filter(live -> live.status == CardStatus.ACTIVE || live.status == CardStatus.LOST)
                .orElseThrow(() -> ApiProblem.conflict("CARD_STATE_CHANGED"));
        cards.move(card, CardStatus.CANCELLED, Cards.By.UNION);
        cards.order(card, application.id(), CardOrder.CANCEL);
        return card;
    }

    /** An application for a card to be made (a first card or a replacement), which the bank's report ends. */
    private static boolean makesCard(ApplicationRef application) {
        return APPLY.equals(application.serviceCode()) || REPLACE.equals(application.serviceCode());
    }

    private void requireMembership(UUID memberId) {
        if (!memberships.isActive(memberId)) {
            throw ApiProblem.unprocessable("MEMBERSHIP_REQUIRED");
        }
    }

    /** A station chosen for the pickup must exist; it only counts when the member picks up at a station. */
    @Override
    public void checkForm(UUID memberId, Service service, CardForm form) {
        if (form.stationId() != null && !stations.exists(form.stationId())) {
            throw ApiProblem.invalidField(422, "APPLICATION_INVALID", "form.stationId", "UNKNOWN_STATION");
        }
    }
}
