package cn.gonghui.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start without configured token keys. Without them SmallRye JWT would quietly make
 * a key pair of its own in memory, and every replica would then reject the others' tokens. A
 * local run gets keys in its data directory before this check (see LocalDefaults).
 */
@ApplicationScoped
public class SigningKeyGuard {

    private final Optional<String> signingKey;
    private final Optional<String> verificationKeys;

    public SigningKeyGuard(@ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signingKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> verificationKeys) {
        this.signingKey = signingKey;
        this.verificationKeys = verificationKeys;
    }

    void check(@Observes StartupEvent started) {
        List<String> missing = missingSettings(signingKey, verificationKeys);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Token keys are not configured: set " + String.join(" and ", missing)
                    + " (see README, Configuration). Refusing to start with keys of this instance's own.");
        }
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
