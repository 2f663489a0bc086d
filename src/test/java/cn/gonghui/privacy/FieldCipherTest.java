package cn.gonghui.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final SecretKey OLD = key(1);
    private static final SecretKey NEW = key(2);
    private static final SecretKey INDEX = key(3);

    @Test
    void aValueComesBackOnlyForItsPurpose() {
        FieldCipher cipher = new FieldCipher(new PrivacyKeys("k1", Map.of("k1", OLD), INDEX));
        String stored = cipher.encrypt("member.phone", "13812345678");

        assertThat(stored).startsWith("k1:").doesNotContain("13812345678");
        assertThat(cipher.encrypt("member.phone", "13812345678")).as("a fresh IV every time").isNotEqualTo(stored);
        assertThat(cipher.decrypt("member.phone", stored)).isEqualTo("13812345678");
        assertThatThrownBy(() -> cipher.decrypt("member.id_number", stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWholeFileComesBackOnlyForItsPurposeAndOnlyWithItsKey() {
        byte[] roster = "姓名,身份证号\n王小明,11010519491231002X".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        FieldCipher cipher = new FieldCipher(new PrivacyKeys("k1", Map.of("k1", OLD), INDEX));
        byte[] stored = cipher.encryptBytes("roster.file", roster);

        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("k1:")
                .doesNotContain("11010519491231002X");
        assertThat(cipher.decryptBytes("roster.file", stored)).isEqualTo(roster);
        FieldCipher rotated = new FieldCipher(new PrivacyKeys("k2", Map.of("k1", OLD, "k2", NEW), INDEX));
        assertThat(rotated.decryptBytes("roster.file", stored)).isEqualTo(roster);
        assertThatThrownBy(() -> cipher.decryptBytes("member.phone", stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void valuesOfTheOldKeyStillDecryptAfterRotation() {
        String old = new FieldCipher(new PrivacyKeys("k1", Map.of("k1", OLD), INDEX)).encrypt("member.phone", "13800000000");
        FieldCipher rotated = new FieldCipher(new PrivacyKeys("k2", Map.of("k1", OLD, "k2", NEW), INDEX));

        assertThat(rotated.decrypt("member.phone", old)).isEqualTo("13800000000");
        assertThat(rotated.isStale(old)).isTrue();
        assertThat(rotated.isStale(rotated.encrypt("member.phone", "13800000000"))).isFalse();
    }

    @Test
    void theBlindIndexIsStableKeyedAndPurposeBound() {
        BlindIndex index = new BlindIndex(new PrivacyKeys("k1", Map.of("k1", OLD), INDEX));
        BlindIndex otherKey = new BlindIndex(new PrivacyKeys("k1", Map.of("k1", OLD), key(4)));

        assertThat(index.of("member.phone", "13812345678")).isEqualTo(index.of("member.phone", "13812345678"))
                .isNotEqualTo(index.of("member.id_number", "13812345678"))
                .isNotEqualTo(otherKey.of("member.phone", "13812345678"));
    }

    private static SecretKey key(int seed) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) seed);
        return new SecretKeySpec(bytes, "AES");
    }
}
