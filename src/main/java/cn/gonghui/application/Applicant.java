package cn.gonghui.application;

import cn.gonghui.identity.IdNumber;
import cn.gonghui.identity.Member;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** The member applying, with what eligibility rules ask about them. */
public record Applicant(Member member, Optional<IdNumber> idNumber, LocalDate today) {

    /** Age in whole years from the ID number's birth date, when the identity is recorded. */
    public Optional<Integer> age() {
        return idNumber.map(number -> Period.between(number.birthDate(), today).getYears());
    }
}
