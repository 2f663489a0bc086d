package cn.gonghui.identity;

import cn.gonghui.platform.id.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The member records a street's roster import brings, a batch at a time: one per ID number, found
 * by its blind index (the index is unique, so the same person never becomes two members, whatever
 * the file or the job). A person not yet known becomes a member without a WeChat account, with the
 * ID number and phone encrypted; they claim the record by verifying the ID number after signing in
 * ({@link MemberAccounts#setIdentity}). A record nobody claimed yet takes the roster's name and
 * phone again; a worker's own account is never changed by a roster.
 */
@ApplicationScoped
public class ImportedMembers {

    /** A person of the roster, already checked. */
    public record Person(PersonName realName, IdNumber idNumber, String phone) {
    }

    /** The member of a person, and whether a worker signed in as them (then the membership needs no claim). */
    public record Found(UUID memberId, boolean hasAccount) {
    }

    private final EntityManager entityManager;
    private final MemberPersonalData personal;
    private final Clock clock;

    public ImportedMembers(EntityManager entityManager, MemberPersonalData personal, Clock clock) {
        this.entityManager = entityManager;
        this.personal = personal;
        this.clock = clock;
    }

    /** The member of each person, in the people's order; the same ID number twice in a batch is one member. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Found> findOrCreate(List<Person> people, UUID streetId) {
        Map<String, Member> byIndex = new HashMap<>();
        List<String> indexes = people.stream().map(person -> personal.idNumberIndex(person.idNumber())).toList();
        if (!people.isEmpty()) {
            Member.<Member>list("idNumberIndex in ?1", indexes.stream().distinct().toList())
                    .forEach(member -> byIndex.put(member.idNumberIndex, member));
        }
        Instant now = clock.instant();
        List<Found> found = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            Member member = byIndex.get(indexes.get(i));
            if (member == null) {
                member = create(person, streetId, now);
                byIndex.put(indexes.get(i), member);
            } else if (member.wechatOpenid == null && member.erasedAt == null) {
                refresh(member, person, now);
            }
            found.add(new Found(member.id, member.wechatOpenid != null));
        }
        entityManager.flush();
        return found;
    }

    private Member create(Person person, UUID streetId, Instant now) {
        Member member = new Member();
        member.id = Ids.newId();
        member.streetId = streetId;
        member.realName = person.realName().text();
        personal.setIdNumber(member, person.idNumber());
        if (person.phone() != null) {
            personal.setPhone(member, person.phone());
        }
        member.createdAt = now;
        member.updatedAt = now;
        member.persist();
        return member;
    }

    private void refresh(Member member, Person person, Instant now) {
        boolean renamed = !person.realName().text().equals(member.realName);
        boolean newPhone = person.phone() != null && !personal.phoneIndex(person.phone()).equals(member.phoneIndex);
        if (renamed) {
            member.realName = person.realName().text();
        }
        if (newPhone) {
            personal.setPhone(member, person.phone());
        }
        if (renamed || newPhone) {
            member.updatedAt = now;
        }
    }
}
