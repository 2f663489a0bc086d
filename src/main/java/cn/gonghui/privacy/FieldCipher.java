package cn.gonghui.privacy;

import cn.gonghui.platform.crypto.ValueCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM encryption of single values (the JDK's cipher; nothing home-made). A stored value is
 * {@code <keyId>:<base64url(iv | ciphertext | tag)>}, so the key that wrote it is known when the
 * keys rotate. The purpose (e.g. {@code member.phone}) is bound in as associated data: a value
 * copied into another column does not decrypt.
 */
public final class FieldCipher implements ValueCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivacyKeys keys;

    public FieldCipher(PrivacyKeys keys) {
        this.keys = keys;
    }

    @Override
    public String encrypt(String purpose, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.currentKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return keys.currentKeyId() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt " + purpose, e);
        }
    }

    @Override
    public String decrypt(String purpose, String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        byte[] sealed = Base64.getUrlDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, keys.dataKey(stored.substring(0, colon)),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not decrypt " + purpose, e);
        }
    }

    /**
     * Encrypts a whole file held in memory (an uploaded roster waiting for its import): the same
     * AES-GCM with the purpose bound in, stored as {@code <keyId>:} in ASCII followed by iv,
     * ciphertext and tag.
     */
    public byte[] encryptBytes(String purpose, byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.currentKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] keyId = (keys.currentKeyId() + ":").getBytes(StandardCharsets.US_ASCII);
            return ByteBuffer.allocate(keyId.length + iv.length + sealed.length).put(keyId).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt " + purpose, e);
        }
    }

    public byte[] decryptBytes(String purpose, byte[] stored) {
        int colon = 0;
        while (stored[colon] != ':') {
            colon++;
        }
        String keyId = new String(stored, 0, colon, StandardCharsets.US_ASCII);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, keys.dataKey(keyId), new GCMParameterSpec(TAG_BITS, stored, colon + 1, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, colon + 1 + IV_BYTES, stored.length - colon - 1 - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not decrypt " + purpose, e);
        }
    }

    /** Whether a stored value was written with another key than the current one. */
    public boolean isStale(String stored) {
        return stored != null && !stored.startsWith(keys.currentKeyId() + ":");
    }
}
