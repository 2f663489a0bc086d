package cn.gonghui.membership;

import cn.gonghui.place.StreetQueries;
import cn.gonghui.place.StreetQueries.StreetRef;
import cn.gonghui.platform.id.HumanNumbers;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Memberships a street's roster import records, a batch at a time (the roster capability's worker
 * calls this in its batch's transaction). A member new to the union gets a membership in the street
 * with a member number, {@code imported} until claimed, or active at once when the member already
 * verified this ID number with WeChat; a membership already in the street is refreshed; one elsewhere
 * or ended is left alone and the row refused.
 */
@ApplicationScoped
public class MembershipImports {

    /** What a row of the roster brings for the membership. */
    public record Entry(UUID memberId, boolean hasAccount, String employerName) {
    }

    public enum Outcome { CREATED, UPDATED, IN_ANOTHER_STREET, ENDED }

    private final EntityManager entityManager;
    private final HumanNumbers numbers;
    private final StreetQueries streets;
    private final Clock clock;

    public MembershipImports(EntityManager entityManager, HumanNumbers numbers, StreetQueries streets, Clock clock) {
        this.entityManager = entityManager;
        this.numbers = numbers;
        this.streets = streets;
        this.clock = clock;
    }

    /** The outcome of each entry, in the entries' order; a member twice in the batch is created once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Outcome> importInto(UUID streetId, List<Entry> entries) {
        Map<UUID, Membership> existing = new HashMap<>();
        if (!entries.isEmpty()) {
            Membership.<Membership>list("memberId in ?1", entries.stream().map(Entry::memberId).distinct().toList())
                    .forEach(membership -> existing.put(membership.memberId, membership));
        }
        Map<UUID, Entry> toCreate = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (!existing.containsKey(entry.memberId())) {
                toCreate.put(entry.memberId(), entry);
            }
        }
        create(streetId, toCreate.values(), existing);
        Instant now = clock.instant();
        List<Outcome> outcomes = new ArrayList<>(entries.size());
        Map<UUID, Boolean> seen = new HashMap<>();
        for (Entry entry : entries) {
            Membership membership = existing.get(entry.memberId());
            boolean createdNow = toCreate.containsKey(entry.memberId()) && seen.put(entry.memberId(), true) == null;
            outcomes.add(createdNow ? Outcome.CREATED : refresh(membership, streetId, entry, now));
        }
        entityManager.flush();
        return outcomes;
    }

    private static Outcome refresh(Membership membership, UUID streetId, Entry entry, Instant now) {
        if (membership.status == MembershipStatus.ENDED) {
            return Outcome.ENDED;
        }
        if (!membership.streetId.equals(streetId)) {
            return Outcome.IN_ANOTHER_STREET;
        }
        if (entry.employerName() != null && !entry.employerName().equals(membership.employerName)) {
            membership.employerName = entry.employerName();
            membership.updatedAt = now;
        }
        return Outcome.UPDATED;
    }

    private void create(UUID streetId, java.util.Collection<Entry> entries, Map<UUID, Membership> into) {
        if (entries.isEmpty()) {
            return;
        }
        StreetRef street = streets.find(streetId).orElseThrow();
        Instant now = clock.instant();
        LocalDate today = BeijingTime.today(clock);
        String prefix = street.districtNumberPrefix() + today.getYear();
        long next = numbers.reserve("member:" + street.districtNumberPrefix() + ":" + today.getYear(), entries.size());
        for (Entry entry : entries) {
            Membership membership = new Membership();
            membership.id = Ids.newId();
            membership.memberId = entry.memberId();
            membership.number = prefix + String.format("%06d", next++);
            membership.status = entry.hasAccount() ? MembershipStatus.ACTIVE : MembershipStatus.IMPORTED;
            membership.unionName = street.name() + "街道联合工会";
            membership.streetId = streetId;
            membership.employerName = entry.employerName();
            membership.since = today;
            membership.createdAt = now;
            membership.updatedAt = now;
            membership.persist();
            into.put(entry.memberId(), membership);
        }
    }
}
