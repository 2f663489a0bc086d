package cn.gonghui.privacy.rights;

import static cn.gonghui.testing.TestApplications.apply;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.testing.IdNumbers;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestServices;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A member agrees, per purpose and policy version, to what their data is used for; without that
 * agreement nothing of an application is taken, and the sensitive purposes need their own.
 */
@QuarkusTest
class ConsentTest {

    private static final String CURRENT = "2026-11";
    private static final String JOIN = "{\"serviceCode\": \"membership.join\", \"streetCode\": \"desheng\", "
            + "\"form\": {\"occupation\": \"courier\"}}";

    @Inject
    TestServices services;

    @Inject
    EntityManager entityManager;

    @Test
    void aNewMemberHasConsentedToNothingAndSeesTheCurrentPolicies() {
        given().auth().oauth2(TestAccounts.newMember().accessToken()).when().get("/api/v1/me/consents")
                .then().statusCode(200)
                .body("items.purpose", contains("membership", "legal-aid", "hardship", "card", "mutual-aid"))
                .body("items.sensitive", contains(false, true, true, false, true))
                .body("items.consented", contains(false, false, false, false, false))
                // mutual aid's policy was published with the line, a month after the others
                .body("items.currentPolicyVersion", contains(CURRENT, CURRENT, CURRENT, CURRENT, "2026-12"))
                .body("items[0].policyVersion", nullValue());
    }

    @Test
    void withoutConsentAnApplicationIsRefusedAndNothingIsKept() {
        TestAccounts.SignedIn member = identifiedWithoutConsent();
        apply(member, JOIN).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("CONSENT_REQUIRED"))
                .body("purpose", equalTo("membership"))
                .body("currentPolicyVersion", equalTo(CURRENT));
        assertThat(applicationsOf(member)).isZero();
    }

    @Test
    void withConsentTheApplicationIsTaken() {
        TestAccounts.SignedIn member = identifiedWithoutConsent();
        consent(member, "membership", CURRENT).then().statusCode(200)
                .body("purpose", equalTo("membership"))
                .body("consented", equalTo(true))
                .body("policyVersion", equalTo(CURRENT))
                .body("consentedAt", notNullValue());
        // agreeing again to the same version changes nothing
        consent(member, "membership", CURRENT).then().statusCode(200).body("consented", equalTo(true));
        assertThat(consentRows(member)).isEqualTo(1);

        apply(member, JOIN).then().statusCode(201);
    }

    @Test
    void afterWithdrawingNoNewApplicationIsTaken() {
        TestAccounts.SignedIn member = identifiedWithoutConsent();
        consent(member, "membership", CURRENT).then().statusCode(200);
        withdraw(member, "membership").then().statusCode(200)
                .body("consented", equalTo(false)).body("policyVersion", nullValue());
        withdraw(member, "membership").then().statusCode(200).body("consented", equalTo(false));

        apply(member, JOIN).then().statusCode(422).body("code", equalTo("CONSENT_REQUIRED"));
        assertThat(applicationsOf(member)).isZero();
    }

    @Test
    void onlyTheCurrentPolicyVersionOfAKnownPurposeCanBeAgreedTo() {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        consent(member, "membership", "2025-01").then().statusCode(422)
                .body("code", equalTo("POLICY_VERSION_OUTDATED"))
                .body("currentPolicyVersion", equalTo(CURRENT));
        consent(member, "membership", "2099-12").then().statusCode(422)
                .body("code", equalTo("POLICY_VERSION_OUTDATED"));
        consent(member, "membership", "not a version!").then().statusCode(400)
                .body("errors[0].field", equalTo("policyVersion"));
        consent(member, "marketing", CURRENT).then().statusCode(404).body("code", equalTo("PURPOSE_NOT_FOUND"));
        withdraw(member, "marketing").then().statusCode(404).body("code", equalTo("PURPOSE_NOT_FOUND"));
        assertThat(consentRows(member)).isZero();
    }

    @Test
    void aConsentToAnOlderPolicyNoLongerCountsAndIsRenewedByANewOne() {
        TestAccounts.SignedIn member = identifiedWithoutConsent();
        // the member agreed before the current policy was published
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO consents (id, member_id, purpose, policy_version, granted_at)
                        VALUES (gen_random_uuid(), :member, 'membership', '2026-05', :at)""")
                .setParameter("member", member.memberId()).setParameter("at", Instant.parse("2026-05-01T02:00:00Z"))
                .executeUpdate());
        given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/consents").then().statusCode(200)
                .body("items[0].consented", equalTo(false))
                .body("items[0].policyVersion", equalTo("2026-05"));
        apply(member, JOIN).then().statusCode(422).body("code", equalTo("CONSENT_REQUIRED"));

        consent(member, "membership", CURRENT).then().statusCode(200).body("policyVersion", equalTo(CURRENT));
        apply(member, JOIN).then().statusCode(201);
        @SuppressWarnings("unchecked")
        List<Object> endings = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT ended_why FROM consents WHERE member_id = :member ORDER BY granted_at")
                .setParameter("member", member.memberId()).getResultList());
        assertThat(endings).containsExactly("renewed", null);
    }

    @Test
    void hardshipNeedsItsOwnConsentWhateverElseWasAgreedTo() {
        String hardship = TestServices.hardshipBody("家人重病，收入减少", "1200.00");
        services.hardship();
        TestAccounts.SignedIn member = identifiedWithoutConsent();
        for (String purpose : List.of("membership", "legal-aid", "card")) {
            consent(member, purpose, CURRENT).then().statusCode(200);
        }
        apply(member, hardship).then().statusCode(422)
                .body("code", equalTo("CONSENT_REQUIRED")).body("purpose", equalTo("hardship"));

        consent(member, "hardship", CURRENT).then().statusCode(200).body("sensitive", equalTo(true));
        apply(member, hardship).then().statusCode(201).body("form.monthlyIncome", equalTo("1200.00"));
    }

    private static TestAccounts.SignedIn identifiedWithoutConsent() {
        TestAccounts.SignedIn member = TestAccounts.newMemberOf("desheng");
        given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"name\": \"测试员\", \"idNumber\": \"" + IdNumbers.bornOn("19900101") + "\"}")
                .when().put("/api/v1/me/identity").then().statusCode(200);
        return member;
    }

    static Response consent(TestAccounts.SignedIn member, String purpose, String version) {
        return given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body("{\"policyVersion\": \"" + version + "\"}")
                .when().put("/api/v1/me/consents/" + purpose);
    }

    private static Response withdraw(TestAccounts.SignedIn member, String purpose) {
        return given().auth().oauth2(member.accessToken()).when().delete("/api/v1/me/consents/" + purpose);
    }

    private long applicationsOf(TestAccounts.SignedIn member) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM applications WHERE member_id = :member")
                .setParameter("member", member.memberId()).getSingleResult()).longValue());
    }

    private long consentRows(TestAccounts.SignedIn member) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM consents WHERE member_id = :member")
                .setParameter("member", member.memberId()).getSingleResult()).longValue());
    }
}
