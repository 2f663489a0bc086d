package cn.gonghui.identity.token;

import cn.gonghui.platform.keys.KeyLocations;
import cn.gonghui.security.TokenKeyLocations;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;

/** The public keys that verify our tokens, as published at {@code /.well-known/jwks.json}. */
@ApplicationScoped
public class VerificationKeys {

    private final String publicJwks;

    public VerificationKeys(TokenKeyLocations locations) {
        String location = locations.verificationKeys();
        try {
            // re-serialised public-only, so a private member in the configured file is never published
            this.publicJwks = new JsonWebKeySet(KeyLocations.read(location))
                    .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        } catch (JoseException e) {
            throw new IllegalStateException("The verification keys at " + location + " are not a JWK set", e);
        }
    }

    public String asJson() {
        return publicJwks;
    }
}
