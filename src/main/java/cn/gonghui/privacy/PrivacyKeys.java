package cn.gonghui.privacy;

import cn.gonghui.platform.keys.KeyLocations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that protect personal data at rest: AES-256 data keys by key id (one of them current,
 * used for new values; the others still decrypt older values until the re-encryption job has moved
 * them) and the HMAC key of the blind indexes. Read from a JSON file:
 * {@code {"current": "k1", "dataKeys": {"k1": "<base64 32 bytes>"}, "indexKey": "<base64 32 bytes>"}}.
 */
public final class PrivacyKeys {

    private static final int KEY_BYTES = 32;

    private final String currentKeyId;
    private final Map<String, SecretKey> dataKeys;
    private final SecretKey indexKey;

    PrivacyKeys(String currentKeyId, Map<String, SecretKey> dataKeys, SecretKey indexKey) {
        if (!dataKeys.containsKey(currentKeyId)) {
            throw new IllegalStateException("The current privacy key " + currentKeyId + " is not among the data keys");
        }
        this.currentKeyId = currentKeyId;
        this.dataKeys = Map.copyOf(dataKeys);
        this.indexKey = indexKey;
    }

    public static PrivacyKeys read(String location) {
        try {
            JsonNode json = new ObjectMapper().readTree(KeyLocations.read(location));
            Map<String, SecretKey> dataKeys = new LinkedHashMap<>();
            json.path("dataKeys").properties().forEach(key ->
                    dataKeys.put(key.getKey(), aesKey(key.getValue().asText(), "data key " + key.getKey())));
            return new PrivacyKeys(json.path("current").asText(), dataKeys,
                    new SecretKeySpec(decode(json.path("indexKey").asText(), "index key"), "HmacSHA256"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the privacy keys from " + location, e);
        }
    }

    /** The same keys with another one current: how a rotation starts (and how tests write old values). */
    PrivacyKeys withCurrent(String keyId) {
        return new PrivacyKeys(keyId, dataKeys, indexKey);
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    SecretKey currentKey() {
        return dataKeys.get(currentKeyId);
    }

    SecretKey dataKey(String keyId) {
        SecretKey key = dataKeys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("No privacy key " + keyId + ": was it removed before re-encryption finished?");
        }
        return key;
    }

    SecretKey indexKey() {
        return indexKey;
    }

    private static SecretKey aesKey(String base64, String what) {
        return new SecretKeySpec(decode(base64, what), "AES");
    }

    private static byte[] decode(String base64, String what) {
        byte[] key = Base64.getDecoder().decode(base64);
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The privacy " + what + " must be " + KEY_BYTES + " bytes");
        }
        return key;
    }
}
