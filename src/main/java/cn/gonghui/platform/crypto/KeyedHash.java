package cn.gonghui.platform.crypto;

/**
 * A keyed one-way hash of a value, for equality lookups without storing the value; provided by
 * the privacy layer with the service's index key.
 */
public interface KeyedHash {

    /** The hash of {@code value} for {@code purpose}; {@code null} stays {@code null}. */
    String of(String purpose, String value);
}
