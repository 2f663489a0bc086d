package cn.gonghui.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Argon2id (memory-hard) hashes of officer passwords and integrator secrets, with the parameters
 * OWASP recommends (19 MiB, 2 passes, 1 lane), stored as PHC strings so parameters can grow later
 * while older hashes still verify.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);
    /** Checked when no account matches, so an unknown name costs as much time as a wrong password. */
    private final String decoy = hash("decoy-password-for-timing");

    public String hash(String secret) {
        return Password.hash(secret).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(String secret, String storedHash) {
        return Password.check(secret, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }

    /** Spends the time of a check without an account to check against. */
    public void matchNothing(String secret) {
        matches(secret, decoy);
    }
}
