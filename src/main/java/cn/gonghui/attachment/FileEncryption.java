package cn.gonghui.attachment;

import cn.gonghui.privacy.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of attachment files: each file gets its own AES-256-GCM key, and that key is
 * stored wrapped by the privacy master key. Rotating the master key re-wraps the small file keys;
 * the files themselves are never rewritten.
 */
@ApplicationScoped
public class FileEncryption {

    /** The ciphertext to store and the wrapped key to keep beside the attachment's row. */
    public record Sealed(byte[] content, String wrappedKey) {
    }

    static final String KEY_PURPOSE = "attachment.key";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FieldCipher masterKey;

    public FileEncryption(FieldCipher masterKey) {
        this.masterKey = masterKey;
    }

    public Sealed seal(byte[] plain) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), iv, plain, 0, plain.length);
        byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        return new Sealed(stored, masterKey.encrypt(KEY_PURPOSE, Base64.getEncoder().encodeToString(key)));
    }

    public byte[] open(byte[] stored, String wrappedKey) {
        SecretKey key = new SecretKeySpec(Base64.getDecoder().decode(masterKey.decrypt(KEY_PURPOSE, wrappedKey)), "AES");
        byte[] iv = java.util.Arrays.copyOf(stored, IV_BYTES);
        return crypt(Cipher.DECRYPT_MODE, key, iv, stored, IV_BYTES, stored.length - IV_BYTES);
    }

    /** The same file key under the current master key (key rotation). */
    public String rewrap(String wrappedKey) {
        return masterKey.encrypt(KEY_PURPOSE, masterKey.decrypt(KEY_PURPOSE, wrappedKey));
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] iv, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, iv));
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
                    + " an attachment", e);
        }
    }
}
