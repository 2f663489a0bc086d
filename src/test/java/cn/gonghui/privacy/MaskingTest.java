package cn.gonghui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void personalDataLooksAsTheRulesSay() {
        assertThat(Masking.idNumber("110105194912311234")).isEqualTo("110105********1234");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧阳**");
        assertThat(Masking.cardNumber("6222021234567890123")).isEqualTo("***************0123");
        assertThat(Masking.phone(null)).isNull();
    }

    @Test
    void aNameIsMaskedByCharacterNotByUtf16Unit() {
        assertThat(Masking.name("𠀀明")).isEqualTo("𠀀*");
        assertThat(Masking.name("王𪜀𪜁")).isEqualTo("王**");
        assertThat(Masking.name("阿卜杜拉·买买提")).isEqualTo("阿*·买买提");
        assertThat(Masking.name("𠀀卜·买买提")).isEqualTo("𠀀*·买买提");
    }

    @Test
    void aHospitalStayShowsItsHospitalsFirstCharacterItsMonthAndNoSum() {
        assertThat(Masking.text("北京大学人民医院")).isEqualTo("北*******");
        assertThat(Masking.text("𠀀医院")).isEqualTo("𠀀**");
        assertThat(Masking.text("院")).isEqualTo("院*");
        assertThat(Masking.day(java.time.LocalDate.of(2027, 6, 8))).isEqualTo("2027-06-**");
        assertThat(Masking.amount(new java.math.BigDecimal("12345.60"))).isEqualTo("****.**");
        assertThat(Masking.amount("8.00")).isEqualTo("****.**");
        assertThat(Masking.amount(null)).isNull();
        assertThat(Masking.day(null)).isNull();
    }
}
