package cn.gonghui.security;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the token keys are, checked at startup. Without configured keys SmallRye JWT would quietly
 * make a key pair of its own in memory, and every replica would then reject the others' tokens;
 * so the service refuses to start instead. A local run gets keys in its data directory before this
 * check (see LocalDefaults).
 */
@ApplicationScoped
@Startup
public class TokenKeyLocations {

    private final String signingKey;
    private final String verificationKeys;

    public TokenKeyLocations(@ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signingKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> verificationKeys) {
        List<String> missing = missingSettings(signingKey, verificationKeys);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Token keys are not configured: set " + String.join(" and ", missing)
                    + " (see README, Configuration). Refusing to start with keys of this instance's own.");
        }
        this.signingKey = signingKey.get();
        this.verificationKeys = verificationKeys.get();
    }

    public String signingKey() {
        return signingKey;
    }

    public String verificationKeys() {
        return verificationKeys;
    }

    static List<String> missingSettings(Optional<String> signingKey, Optional<String> verificationKeys) {
        List<String> missing = new ArrayList<>();
        if (signingKey.filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("SMALLRYE_JWT_SIGN_KEY_LOCATION");
        }
        if (verificationKeys.filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        }
        return missing;
    }
}
