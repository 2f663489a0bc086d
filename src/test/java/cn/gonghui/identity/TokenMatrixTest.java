package cn.gonghui.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

/** Every way a token can be wrong, at one protected endpoint, and every way a right token can reach too far. */
@QuarkusTest
class TokenMatrixTest {

    private static final String ME = "/api/v1/me";
    private static final String KEY_ID = "test-key-1";

    @Inject
    TestAccounts accounts;

    @Test
    void aValidMemberTokenPasses() {
        given().auth().oauth2(TestAccounts.newMember().accessToken()).when().get(ME).then().statusCode(200);
    }

    @Test
    void noToken() {
        rejected(given().when().get(ME));
    }

    @Test
    void expired() {
        // SmallRye JWT checks expiry against the wall clock, not the service's: so does this token
        Instant now = Instant.now();
        rejected(call(memberClaims().issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600))
                .jws().keyId(KEY_ID).sign()));
    }

    /** The verifier reads the wall clock, so this case does too: the allowed skew is seconds, not a minute. */
    @Test
    void expiredTenSecondsAgo() {
        Instant now = Instant.now();
        rejected(call(memberClaims().issuedAt(now.minusSeconds(900)).expiresAt(now.minusSeconds(10))
                .jws().keyId(KEY_ID).sign()));
    }

    @Test
    void notYetValid() {
        rejected(call(memberClaims().claim("nbf", Instant.now().plusSeconds(3600).getEpochSecond())
                .jws().keyId(KEY_ID).sign()));
    }

    @Test
    void tamperedSignature() {
        String token = TestAccounts.newMember().accessToken();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"member\"", "\"admin\"");
        rejected(call(parts[0] + "." + base64(payload) + "." + parts[2]));
    }

    @Test
    void algorithmNone() throws Exception {
        String token = TestAccounts.newMember().accessToken();
        String payload = token.split("\\.")[1];
        rejected(call(base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + "."));
    }

    @Test
    void hs256SignedWithThePublicKey() throws Exception {
        RsaJsonWebKey published = (RsaJsonWebKey) new JsonWebKeySet(given().when().get("/.well-known/jwks.json")
                .then().extract().asString()).getJsonWebKeys().get(0);
        JsonWebSignature forged = new JsonWebSignature();
        forged.setPayload(payloadOf(TestAccounts.newMember().accessToken()));
        forged.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        forged.setKeyIdHeaderValue(KEY_ID);
        forged.setKey(new HmacKey(published.getPublicKey().getEncoded()));
        forged.setDoKeyValidation(false);
        rejected(call(forged.getCompactSerialization()));
    }

    @Test
    void wrongIssuer() {
        rejected(call(memberClaims().issuer("https://evil.example").jws().keyId(KEY_ID).sign()));
    }

    @Test
    void wrongAudience() {
        rejected(call(memberClaims().audience("another-api").jws().keyId(KEY_ID).sign()));
    }

    @Test
    void unknownKeyId() throws Exception {
        RsaJsonWebKey stranger = RsaJwkGenerator.generateJwk(2048);
        stranger.setKeyId("stranger-key");
        JsonWebSignature strangers = new JsonWebSignature();
        strangers.setPayload(payloadOf(TestAccounts.newMember().accessToken()));
        strangers.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        strangers.setKeyIdHeaderValue("stranger-key");
        strangers.setKey(stranger.getPrivateKey());
        rejected(call(strangers.getCompactSerialization()));
        PublicJsonWebKey ourKey = PublicJsonWebKey.Factory.newPublicJwk(
                cn.gonghui.platform.keys.KeyLocations.read("test-keys/signing-key.jwk.json"));
        JsonWebSignature unknownKid = new JsonWebSignature();
        unknownKid.setPayload(payloadOf(TestAccounts.newMember().accessToken()));
        unknownKid.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        unknownKid.setKeyIdHeaderValue("rotated-away");
        unknownKid.setKey(ourKey.getPrivateKey());
        rejected(call(unknownKid.getCompactSerialization()));
    }

    @Test
    void aMemberTokenOnAnOfficerEndpointIs403() {
        given().auth().oauth2(TestAccounts.newMember().accessToken()).when().get("/api/v1/admin/members")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void anOfficerOfOneStreetDoesNotFindAMemberOfAnother() {
        TestAccounts.SignedIn ofJinrongjie = TestApplications.identifiedMember("jinrongjie");
        TestApplications.join(ofJinrongjie, "jinrongjie");
        String deshengOfficer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        given().auth().oauth2(deshengOfficer).when().get("/api/v1/admin/members/" + ofJinrongjie.memberId())
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("MEMBER_NOT_FOUND"));
        String jinrongjieOfficer = TestAccounts.officerToken(accounts.streetOfficer("jinrongjie"));
        given().auth().oauth2(jinrongjieOfficer).when().get("/api/v1/admin/members/" + ofJinrongjie.memberId())
                .then().statusCode(200);
    }

    @Test
    void anIntegratorIsNeitherAMemberNorAnOfficer() {
        String bankToken = TestAccounts.integratorToken(accounts.integrator("cards:issue"));
        given().auth().oauth2(bankToken).when().get(ME).then().statusCode(403);
        given().auth().oauth2(bankToken).when().get("/api/v1/admin/members").then().statusCode(403);
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder memberClaims() {
        return Jwt.subject(TestAccounts.newMember().memberId().toString()).groups("member").claim("kind", "member");
    }

    private static io.restassured.response.Response call(String token) {
        return given().auth().oauth2(token).when().get(ME);
    }

    private static void rejected(io.restassured.response.Response response) {
        ValidatableResponse then = response.then();
        then.statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"))
                .header("WWW-Authenticate", "Bearer");
    }

    private static String payloadOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
