package cn.gonghui.card;

import cn.gonghui.card.CardOrderViews.CardOrderView;
import cn.gonghui.card.CardOrderViews.PickupStationView;
import cn.gonghui.identity.Members;
import cn.gonghui.identity.Members.MemberRef;
import cn.gonghui.place.Stations;
import cn.gonghui.place.Stations.StationRef;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.privacy.Masking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The bank's list of card orders, oldest first, keyset-paged on id, with the few facts it needs. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CardOrderLists {

    private final EntityManager entityManager;
    private final Stations stations;
    private final Members members;

    public CardOrderLists(EntityManager entityManager, Stations stations, Members members) {
        this.members = members;
        this.stations = stations;
        this.entityManager = entityManager;
    }

    public Page<CardOrderView> list(CardOrderFilter filter, PageParams page) {
        KeysetQuery<CardOrder> query = KeysetQuery.jpql("select o from CardOrder o", CardOrder.class)
                .whereEqual("o.status", "status", filter.status == null ? null : CardOrderStatus.ofCode(filter.status))
                .whereEqual("o.kind", "kind", filter.kind)
                .orderBy(Direction.ASCENDING, SortKey.uuid("o.id"))
                .page(page);
        List<CardOrder> orders = query.fetch(entityManager);
        Map<UUID, MemberCard> cards = cardsOf(orders);
        Map<UUID, StationRef> pickups = stationsOf(cards.values());
        Map<UUID, MemberRef> holders = members.findAll(cards.values().stream().map(card -> card.memberId)
                .collect(Collectors.toSet()));
        return query.toPage(orders, order -> Cursor.of(order.id), order -> view(order, cards, pickups, holders));
    }

    /** The orders' cards and the cards they replace, in one query (their members in one more, by {@link Members}). */
    private Map<UUID, MemberCard> cardsOf(List<CardOrder> orders) {
        Set<UUID> ids = orders.stream().map(order -> order.cardId).collect(Collectors.toCollection(HashSet::new));
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<MemberCard> found = entityManager.createQuery("select c from MemberCard c "
                + "where c.id in :ids or c.id in (select r.replacesCardId from MemberCard r where r.id in :ids)",
                MemberCard.class).setParameter("ids", ids).getResultList();
        return found.stream().collect(Collectors.toMap(card -> card.id, Function.identity()));
    }

    /** The pickup stations of the cards, in one query. */
    private Map<UUID, StationRef> stationsOf(Collection<MemberCard> cards) {
        List<UUID> ids = cards.stream().map(card -> card.pickupStationId).filter(Objects::nonNull).distinct().toList();
        return stations.findAll(ids);
    }

    private static CardOrderView view(CardOrder order, Map<UUID, MemberCard> cards, Map<UUID, StationRef> stations,
            Map<UUID, MemberRef> holders) {
        MemberCard card = cards.get(order.cardId);
        MemberCard replaced = card.replacesCardId == null ? null : cards.get(card.replacesCardId);
        String lastFour = CardOrder.REPLACE.equals(order.kind) && replaced != null ? replaced.lastFour : card.lastFour;
        StationRef station = card.pickupStationId == null ? null : stations.get(card.pickupStationId);
        return new CardOrderView(order.id, order.kind, order.status.code(), card.id, card.replacesCardId, lastFour,
                Masking.name(holders.get(card.memberId).realName()), card.pickupPreference,
                station == null ? null : new PickupStationView(station.id(), station.name(), station.address()),
                order.failureReason, order.createdAt, order.updatedAt);
    }
}
