package cn.gonghui.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The privacy keys of a local run, generated once into the data directory. Losing this file
 * makes every encrypted value in the local database unreadable (see README, Personal data).
 */
public final class LocalPrivacyKeys {

    private LocalPrivacyKeys() {
    }

    public static Path ensure(Path directory) {
        Path file = directory.resolve("privacy-keys.json");
        if (Files.exists(file)) {
            return file;
        }
        SecureRandom random = new SecureRandom();
        String json = "{\"current\": \"local-1\", \"dataKeys\": {\"local-1\": \"" + randomKey(random)
                + "\"}, \"indexKey\": \"" + randomKey(random) + "\"}\n";
        try {
            Files.createDirectories(directory);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, json, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the privacy keys into " + directory, e);
        }
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
