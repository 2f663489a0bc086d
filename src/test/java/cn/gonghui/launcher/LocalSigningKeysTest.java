package cn.gonghui.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSigningKeysTest {

    @TempDir
    Path directory;

    @Test
    void keysAreGeneratedOnceAndKeptPrivate() throws Exception {
        LocalSigningKeys first = LocalSigningKeys.ensure(directory);
        String signingKey = Files.readString(first.signingKey());
        PublicJsonWebKey privateKey = PublicJsonWebKey.Factory.newPublicJwk(signingKey);
        assertThat(privateKey.getPrivateKey()).isNotNull();
        assertThat(privateKey.getKeyId()).startsWith("local-");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.signingKey()))).isEqualTo("rw-------");

        JsonWebKeySet published = new JsonWebKeySet(Files.readString(first.verificationKeys()));
        JsonWebKey publicKey = published.findJsonWebKey(privateKey.getKeyId(), null, null, null);
        assertThat(publicKey).isNotNull();
        assertThat(((PublicJsonWebKey) publicKey).getPrivateKey()).isNull();

        LocalSigningKeys again = LocalSigningKeys.ensure(directory);
        assertThat(Files.readString(again.signingKey())).isEqualTo(signingKey);
    }
}
