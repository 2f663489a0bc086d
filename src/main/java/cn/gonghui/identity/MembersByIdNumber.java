package cn.gonghui.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds a member by the ID number a partner system reports (the medical insurance's settlements),
 * through its blind index: the number is checked, hashed and never stored, compared or logged in plain.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MembersByIdNumber {

    private final MemberPersonalData personal;

    public MembersByIdNumber(MemberPersonalData personal) {
        this.personal = personal;
    }

    /** The member with this ID number; a malformed number is a 400 naming {@code field}. */
    public Optional<UUID> find(String field, String idNumberText, LocalDate today) {
        String index = personal.idNumberIndex(IdNumber.ofField(field, idNumberText, today));
        return Member.<Member>find("idNumberIndex", index).firstResultOptional().map(member -> member.id);
    }
}
