package cn.gonghui.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningKeyGuardTest {

    @Test
    void namesEverySettingThatIsMissing() {
        assertThat(SigningKeyGuard.missingSettings(Optional.empty(), Optional.of(" ")))
                .containsExactly("GONGHUI_JWT_SIGNING_KEY", "GONGHUI_JWT_VERIFICATION_KEYS");
        assertThat(SigningKeyGuard.missingSettings(Optional.of("file:/keys/sign.jwk"), Optional.empty()))
                .containsExactly("GONGHUI_JWT_VERIFICATION_KEYS");
        assertThat(SigningKeyGuard.missingSettings(Optional.of("file:/keys/sign.jwk"), Optional.of("file:/keys/jwks.json")))
                .isEmpty();
    }
}
