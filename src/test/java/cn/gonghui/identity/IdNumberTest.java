package cn.gonghui.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.testing.IdNumbers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GB 11643: area code, birth date, sequence and the MOD 11-2 check character. */
class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theStandardsOwnExampleIsValid() {
        IdNumber number = IdNumber.parse("11010519491231002X", TODAY);
        assertThat(number.value()).isEqualTo("11010519491231002X");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.isMale()).isFalse();
    }

    @Test
    void aLowercaseXIsReadAsX() {
        assertThat(IdNumber.parse("11010519491231002x", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertDefect("110105194912310021", IdNumber.Defect.CHECKSUM);
    }

    @Test
    void impossibleOrFutureBirthDatesAreRefused() {
        assertDefect(IdNumbers.withCheck("11010219900230123"), IdNumber.Defect.BIRTH_DATE);
        assertDefect(IdNumbers.withCheck("11010220271231123"), IdNumber.Defect.BIRTH_DATE);
        assertDefect(IdNumbers.withCheck("11010218891231123"), IdNumber.Defect.BIRTH_DATE);
    }

    @Test
    void anAreaCodeNoProvinceHasIsRefused() {
        assertDefect(IdNumbers.withCheck("99010219900101123"), IdNumber.Defect.AREA);
        assertDefect(IdNumbers.withCheck("11000019900101123"), IdNumber.Defect.AREA);
    }

    @Test
    void theLegacyFifteenDigitNumberIsRefusedAsSuch() {
        assertDefect("110105491231002", IdNumber.Defect.LEGACY_15_DIGITS);
    }

    @Test
    void anythingElseIsAFormatDefect() {
        assertDefect("1101051949123100", IdNumber.Defect.FORMAT);
        assertDefect("11010519491231002Y", IdNumber.Defect.FORMAT);
        assertDefect(null, IdNumber.Defect.FORMAT);
    }

    @Test
    void theCheckCharacterFollowsTheStandard() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.parse(IdNumbers.bornOn("19900101"), TODAY).birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    void itNeverPrintsItselfInFull() {
        assertThat(IdNumber.parse("11010519491231002X", TODAY)).hasToString("110105********002X");
    }

    private static void assertDefect(String text, IdNumber.Defect defect) {
        assertThatThrownBy(() -> IdNumber.parse(text, TODAY))
                .isInstanceOfSatisfying(IdNumber.Invalid.class, invalid -> assertThat(invalid.defect()).isEqualTo(defect));
    }
}
