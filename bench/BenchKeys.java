import cn.gonghui.launcher.LocalPrivacyKeys;
import cn.gonghui.launcher.LocalSigningKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/**
 * The benchmark's keys and member tokens, run with the packaged jar's own classes on the class path
 * (`java -cp … bench/BenchKeys.java`): the service is started against a database of its own, so it
 * needs configured keys, and the members the benchmark seeds with SQL never sign in through WeChat,
 * so their tokens are signed here with the same key, claims and algorithm the service uses.
 *
 *   keys <dir>                                     signing key, verification keys, privacy keys
 *   tokens <signing-key> <member-ids> <out> <secs> one member token per line of member ids
 */
public class BenchKeys {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "keys" -> {
                Path dir = Path.of(args[1]);
                LocalSigningKeys.ensure(dir.resolve("jwt"));
                LocalPrivacyKeys.ensure(dir.resolve("keys"));
            }
            case "tokens" -> tokens(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Long.parseLong(args[4]));
            default -> throw new IllegalArgumentException("keys <dir> | tokens <key> <ids> <out> <seconds>");
        }
    }

    private static void tokens(Path signingKey, Path memberIds, Path out, long lifetimeSeconds) throws Exception {
        PublicJsonWebKey key = PublicJsonWebKey.Factory.newPublicJwk(Files.readString(signingKey));
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(memberIds)) {
            String[] fields = line.strip().split("\\s+");
            if (fields[0].isEmpty()) {
                continue;
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject(fields[0]);
            claims.setIssuer(System.getProperty("issuer", "https://api.gonghui.example"));
            claims.setAudience(System.getProperty("audience", "gonghui-api"));
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(lifetimeSeconds / 60f);
            claims.setStringListClaim("groups", List.of("member"));
            claims.setClaim("kind", "member");
            claims.setClaim("jti", UUID.randomUUID().toString());
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key.getPrivateKey());
            jws.setKeyIdHeaderValue(key.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            // the rest of the line (the member's application ids) is kept for the load scripts
            lines.add(jws.getCompactSerialization() + line.strip().substring(fields[0].length()));
        }
        Files.write(out, lines);
    }
}
