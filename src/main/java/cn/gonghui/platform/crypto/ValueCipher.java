package cn.gonghui.platform.crypto;

/**
 * Encryption at rest of single values, as the base layer sees it: the privacy layer provides it
 * with the service's data keys, so that platform code (e.g. the idempotency store) seals what it
 * keeps without depending on where the keys come from.
 */
public interface ValueCipher {

    /** The ciphertext of {@code plaintext}, bound to {@code purpose}; {@code null} stays {@code null}. */
    String encrypt(String purpose, String plaintext);

    /** The plaintext of a value {@link #encrypt} wrote for the same {@code purpose}. */
    String decrypt(String purpose, String stored);
}
