package cn.gonghui.platform.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a key file named the way SmallRye JWT names them: {@code classpath:x}, {@code file:/x},
 * or a bare name (the class path first, then the file system).
 */
public final class KeyLocations {

    private KeyLocations() {
    }

    public static String read(String location) {
        try (InputStream in = open(location)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the key file " + location, e);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("file:")) {
            return Files.newInputStream(Path.of(URI.create(location)));
        }
        String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        InputStream onClassPath = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (onClassPath != null) {
            return onClassPath;
        }
        if (location.startsWith("classpath:")) {
            throw new IOException("No resource " + resource + " on the class path");
        }
        return Files.newInputStream(Path.of(location));
    }
}
