package cn.gonghui.identity;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an officer's password must be (NIST SP 800-63B's advice rather than composition rules):
 * long enough, not built on the user name, and not one that guessing lists try first. The list
 * ({@code identity/common-passwords.txt}, made by {@code tools/common-passwords.py}) is compared
 * case-insensitively, also with the digits and signs people put before or after a word removed,
 * so {@code Password2026!} is refused as {@code password}.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_DISTINCT = 5;
    private static final String LIST = "identity/common-passwords.txt";

    private final Set<String> common = load();

    /** The rule {@code password} breaks for the officer {@code username}, if any. */
    public Optional<String> violation(String username, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("PASSWORD_TOO_SHORT");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("PASSWORD_CONTAINS_USERNAME");
        }
        if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of("PASSWORD_TOO_SIMPLE");
        }
        if (isCommon(lower)) {
            return Optional.of("PASSWORD_TOO_COMMON");
        }
        return Optional.empty();
    }

    /** Refuses a password that breaks a rule: 422 {@code PASSWORD_REJECTED} naming the field and the rule. */
    public void require(String field, String username, String password) {
        violation(username, password).ifPresent(rule -> {
            throw ApiProblem.invalidFields(422, "PASSWORD_REJECTED", List.of(FieldError.of(field, rule)));
        });
    }

    public int size() {
        return common.size();
    }

    private boolean isCommon(String lower) {
        String squeezed = lower.replaceAll("\\s+", "");
        String word = squeezed.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return common.contains(lower) || common.contains(squeezed) || word.length() >= 4 && common.contains(word);
    }

    private static Set<String> load() {
        Set<String> entries = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + LIST);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(entries);
    }
}
