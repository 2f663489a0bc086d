package cn.gonghui.identity;

import cn.gonghui.privacy.BlindIndex;
import cn.gonghui.privacy.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes a member's encrypted ID number and phone, and their blind indexes. */
@ApplicationScoped
public class MemberPersonalData {

    static final String ID_NUMBER = "member.id_number";
    static final String PHONE = "member.phone";

    private final FieldCipher cipher;
    private final BlindIndex index;

    public MemberPersonalData(FieldCipher cipher, BlindIndex index) {
        this.cipher = cipher;
        this.index = index;
    }

    public String idNumber(Member member) {
        return cipher.decrypt(ID_NUMBER, member.idNumberCipher);
    }

    /**
     * The member's recorded ID number, for the rules that ask about an applicant (their age);
     * empty until recorded, or for no such member.
     */
    public Optional<IdNumber> idNumberOf(UUID memberId, LocalDate today) {
        Member member = Member.findById(memberId);
        return Optional.ofNullable(member == null ? null : idNumber(member)).map(text -> IdNumber.parse(text, today));
    }

    public String phone(Member member) {
        return cipher.decrypt(PHONE, member.phoneCipher);
    }

    void setIdNumber(Member member, IdNumber idNumber) {
        member.idNumberCipher = cipher.encrypt(ID_NUMBER, idNumber.value());
        member.idNumberIndex = idNumberIndex(idNumber);
    }

    void setPhone(Member member, String phone) {
        member.phoneCipher = cipher.encrypt(PHONE, phone);
        member.phoneIndex = phoneIndex(phone);
    }

    public String idNumberIndex(IdNumber idNumber) {
        return index.of(ID_NUMBER, idNumber.value());
    }

    public String phoneIndex(String phone) {
        return index.of(PHONE, phone);
    }
}
