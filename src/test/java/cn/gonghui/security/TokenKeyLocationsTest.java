package cn.gonghui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenKeyLocationsTest {

    @Test
    void namesEverySettingThatIsMissing() {
        assertThat(TokenKeyLocations.missingSettings(Optional.empty(), Optional.of(" ")))
                .containsExactly("SMALLRYE_JWT_SIGN_KEY_LOCATION", "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertThat(TokenKeyLocations.missingSettings(Optional.of("file:/keys/sign.jwk"), Optional.empty()))
                .containsExactly("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertThat(TokenKeyLocations.missingSettings(Optional.of("file:/keys/sign.jwk"), Optional.of("file:/keys/jwks.json")))
                .isEmpty();
    }
}
