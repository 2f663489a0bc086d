package cn.gonghui.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures as Standard Webhooks defines them, checked against the specification's own example. */
class WebhookSignaturesTest {

    /** The example of the Standard Webhooks specification (secret, id, timestamp, body and its signature). */
    @Test
    void theSpecificationsExampleSignsAsTheSpecificationSays() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String signature = WebhookSignatures.header(List.of(secret), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsWhsecAndThirtyTwoRandomBytes() {
        String one = WebhookSignatures.newSecret();
        assertThat(one).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(one.substring(6))).hasSize(32);
        assertThat(WebhookSignatures.newSecret()).isNotEqualTo(one);
    }

    @Test
    void twoSecretsGiveTwoSignaturesNewestFirst() {
        String current = WebhookSignatures.newSecret();
        String previous = WebhookSignatures.newSecret();
        String header = WebhookSignatures.header(List.of(current, previous), "msg_1", 1, "{}");
        assertThat(header.split(" ")).containsExactly("v1," + WebhookSignatures.sign(current, "msg_1", 1, "{}"),
                "v1," + WebhookSignatures.sign(previous, "msg_1", 1, "{}"));
    }
}
