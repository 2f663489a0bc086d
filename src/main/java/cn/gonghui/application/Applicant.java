package cn.gonghui.application;

import cn.gonghui.identity.IdNumber;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;

/** The member applying, with what eligibility rules ask about them: values, never identity's entity. */
public record Applicant(UUID memberId, Optional<IdNumber> idNumber, LocalDate today) {

    /** Age in whole years from the ID number's birth date, when the identity is recorded. */
    public Optional<Integer> age() {
        return idNumber.map(number -> Period.between(number.birthDate(), today).getYears());
    }
}
