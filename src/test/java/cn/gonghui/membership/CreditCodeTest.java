package cn.gonghui.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void theCheckCharacterFollowsGb32100() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCode.isValid("91350100I000100Y43")).as("no I in the alphabet").isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }
}
