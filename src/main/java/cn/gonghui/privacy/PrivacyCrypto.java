package cn.gonghui.privacy;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the privacy keys, the cipher and the blind index available, once; without configured
 * keys the service does not start (a local run gets generated ones, see LocalDefaults).
 */
public class PrivacyCrypto {

    @Produces
    @Singleton
    @Startup
    PrivacyKeys keys(@ConfigProperty(name = "gonghui.privacy.keys-location") Optional<String> location) {
        return PrivacyKeys.read(location.filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalStateException(
                "Privacy keys are not configured: set GONGHUI_PRIVACY_KEYS_LOCATION (see README, Personal data).")));
    }

    @Produces
    @Singleton
    FieldCipher cipher(PrivacyKeys keys) {
        return new FieldCipher(keys);
    }

    @Produces
    @Singleton
    BlindIndex blindIndex(PrivacyKeys keys) {
        return new BlindIndex(keys);
    }
}
