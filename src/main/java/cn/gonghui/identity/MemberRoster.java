package cn.gonghui.identity;

import cn.gonghui.privacy.Masking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Members' names, ID numbers and phones for a roster export, a batch at a time: masked, or in plain
 * text for an export whose reason the caller gave and the audit trail holds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberRoster {

    /** A member as a roster row shows them; a value not recorded is null. */
    public record Person(String realName, String idNumber, String phone) {
    }

    private final MemberPersonalData personal;

    public MemberRoster(MemberPersonalData personal) {
        this.personal = personal;
    }

    public Map<UUID, Person> people(Collection<UUID> ids, boolean plaintext) {
        Map<UUID, Person> people = new HashMap<>();
        if (ids.isEmpty()) {
            return people;
        }
        for (Member member : Member.<Member>list("id in ?1", ids)) {
            String idNumber = personal.idNumber(member);
            String phone = personal.phone(member);
            people.put(member.id, plaintext ? new Person(member.realName, idNumber, phone)
                    : new Person(member.realName == null ? null : Masking.name(member.realName),
                            idNumber == null ? null : Masking.idNumber(idNumber),
                            phone == null ? null : Masking.phone(phone)));
        }
        return people;
    }
}
