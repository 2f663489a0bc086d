package cn.gonghui.privacy;

import cn.gonghui.platform.crypto.KeyedHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;

/**
 * A keyed hash (HMAC-SHA256) of a normalised value, stored beside its ciphertext, so that
 * "the member with this ID number" is an indexed equality lookup without the plaintext ever
 * being stored; without the key, the index cannot be reversed by hashing all phone numbers.
 */
public final class BlindIndex implements KeyedHash {

    private final PrivacyKeys keys;

    public BlindIndex(PrivacyKeys keys) {
        this.keys = keys;
    }

    @Override
    public String of(String purpose, String normalisedValue) {
        if (normalisedValue == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.indexKey());
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not compute a blind index", e);
        }
    }
}
