package cn.gonghui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password policy without Quarkus: length, the user name, variety and the list of common passwords. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theListOfCommonPasswordsHoldsThousands() {
        assertThat(policy.size()).isGreaterThan(5_000);
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCaseAndTheDigitsAroundThem() {
        for (String common : new String[] {"password123456", "Password2026!", "1qaz2wsx3edc", "QWERTYUIOP123",
                "woaini5201314", "iloveyouforever", "1234567890", "2008-08-08"}) {
            assertThat(policy.violation("someone", common)).as(common).isPresent();
        }
        assertThat(policy.violation("someone", "Password2026!")).contains("PASSWORD_TOO_COMMON");
    }

    @Test
    void aLongUncommonPasswordPasses() {
        assertThat(policy.violation("desheng-wang", "river stones under moonlight 88")).isEmpty();
        assertThat(policy.violation("desheng-wang", "Lantern-Orchid-4471")).isEmpty();
    }

    @Test
    void theUserNameAndShortOrMonotonousPasswordsAreRefused() {
        assertThat(policy.violation("desheng-wang", "Desheng-Wang-2026")).contains("PASSWORD_CONTAINS_USERNAME");
        assertThat(policy.violation("desheng-wang", "k8#Lm2")).contains("PASSWORD_TOO_SHORT");
        assertThat(policy.violation("desheng-wang", "abababababab")).contains("PASSWORD_TOO_SIMPLE");
    }
}
