package cn.gonghui.privacy;

/** For tests of other packages: a cipher that writes with an older key, as values stored before a rotation. */
public final class OldKeys {

    private OldKeys() {
    }

    public static FieldCipher cipherWriting(PrivacyKeys keys, String keyId) {
        return new FieldCipher(keys.withCurrent(keyId));
    }
}
