package cn.gonghui.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The privacy keys of a local run, generated once into the data directory. Losing this file
 * makes every encrypted value in the local database unreadable (see README, Personal data).
 */
public final class LocalPrivacyKeys {

    private static final String FIRST_KEY = "local-1";

    /** The file as {@link PrivacyKeys} reads it. */
    private record KeyFile(String current, Map<String, String> dataKeys, String indexKey) {
    }

    private LocalPrivacyKeys() {
    }

    public static Path ensure(Path directory) {
        Path file = directory.resolve("privacy-keys.json");
        if (Files.exists(file)) {
            return file;
        }
        SecureRandom random = new SecureRandom();
        KeyFile keys = new KeyFile(FIRST_KEY, Map.of(FIRST_KEY, randomKey(random)), randomKey(random));
        try {
            Files.createDirectories(directory);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            // a plain mapper: this runs in the launcher, before the application (and its CDI) starts
            Files.writeString(file, new ObjectMapper().writeValueAsString(keys) + "\n", StandardCharsets.UTF_8);
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
