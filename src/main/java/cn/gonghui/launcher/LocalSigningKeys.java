package cn.gonghui.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * The RSA key pair a local run signs its tokens with, generated on first start into the data
 * directory and reused afterwards, so tokens survive a restart. The private key is a JWK with a
 * key id; the public side is a JWK set, the same shape production is configured with, so key
 * rotation works the same way everywhere.
 */
public final class LocalSigningKeys {

    private static final Logger LOG = Logger.getLogger(LocalSigningKeys.class);
    private static final int RSA_BITS = 2048;

    private final Path signingKey;
    private final Path verificationKeys;

    private LocalSigningKeys(Path directory) {
        this.signingKey = directory.resolve("signing-key.jwk.json");
        this.verificationKeys = directory.resolve("verification-keys.jwks.json");
    }

    public static LocalSigningKeys ensure(Path directory) {
        LocalSigningKeys keys = new LocalSigningKeys(directory);
        if (!Files.exists(keys.signingKey) || !Files.exists(keys.verificationKeys)) {
            keys.generate(directory);
        }
        return keys;
    }

    public Path signingKey() {
        return signingKey;
    }

    public Path verificationKeys() {
        return verificationKeys;
    }

    private void generate(Path directory) {
        try {
            Files.createDirectories(directory);
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(RSA_BITS);
            key.setKeyId("local-" + LocalDate.now(ZoneOffset.UTC) + "-" + UUID.randomUUID().toString().substring(0, 8));
            key.setUse("sig");
            key.setAlgorithm("RS256");
            writePrivate(signingKey, key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
            Files.writeString(verificationKeys, new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY),
                    StandardCharsets.UTF_8);
            LOG.infof("Generated a local token signing key %s in %s", key.getKeyId(), directory);
        } catch (JoseException e) {
            throw new IllegalStateException("Could not generate a token signing key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the token signing key into " + directory, e);
        }
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
