package cn.gonghui.attachment;

import static cn.gonghui.testing.TestApplications.apply;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Evidence is sniffed, bounded, stored encrypted, and shown only to its owner and officers in scope. */
@QuarkusTest
class AttachmentsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Inject
    TestAccounts accounts;

    @Test
    void aPngIsRecognisedByItsContentAndStoredEncrypted() throws Exception {
        TestAccounts.SignedIn member = TestAccounts.newMember();
        String id = given().auth().oauth2(member.accessToken())
                .multiPart("file", "photo.jpg", PNG, "image/jpeg")
                .when().post("/api/v1/attachments")
                .then().statusCode(201)
                .body("contentType", equalTo("image/png"))
                .body("filename", equalTo("photo.jpg"))
                .body("size", equalTo(PNG.length))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG))))
                .extract().path("id");

        byte[] onDisk = Files.readAllBytes(Path.of("target/test-attachments", id.substring(0, 2), id.substring(2, 4), id));
        assertThat(onDisk).isNotEqualTo(PNG);
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("PNG");

        byte[] downloaded = given().auth().oauth2(member.accessToken())
                .when().get("/api/v1/attachments/" + id + "/content")
                .then().statusCode(200).contentType("image/png")
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(PNG);
    }

    @Test
    void aFileThatIsNotAnImageOrPdfIsRefusedWhateverItsName() {
        given().auth().oauth2(TestAccounts.newMember().accessToken())
                .multiPart("file", "contract.pdf", "MZ this is a program".getBytes(), "application/pdf")
                .when().post("/api/v1/attachments")
                .then().statusCode(415).body("code", equalTo("ATTACHMENT_TYPE_NOT_ALLOWED"));
    }

    @Test
    void aFileOverTenMegabytesIsRefused() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        given().auth().oauth2(TestAccounts.newMember().accessToken())
                .multiPart("file", "big.pdf", big, "application/pdf")
                .when().post("/api/v1/attachments")
                .then().statusCode(413).body("code", equalTo("ATTACHMENT_TOO_LARGE"));
    }

    @Test
    void onlyTheOwnerAndOfficersOfTheApplicationsStreetMayRead() {
        TestAccounts.SignedIn owner = TestApplications.identifiedMember("desheng");
        String id = given().auth().oauth2(owner.accessToken())
                .multiPart("file", "contract.pdf", "%PDF-1.7 contract".getBytes(), "application/pdf")
                .when().post("/api/v1/attachments").then().statusCode(201).extract().path("id");
        String content = "/api/v1/attachments/" + id + "/content";
        String deshengOfficer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));

        given().auth().oauth2(deshengOfficer).when().get(content).then().statusCode(404);
        apply(owner, "{\"serviceCode\": \"membership.join\", \"streetCode\": \"desheng\", "
                + "\"form\": {\"occupation\": \"courier\"}, \"attachmentIds\": [\"" + id + "\"]}").then().statusCode(201);

        given().auth().oauth2(deshengOfficer).when().get(content).then().statusCode(200);
        given().auth().oauth2(TestAccounts.officerToken(accounts.streetOfficer("jinrongjie")))
                .when().get(content).then().statusCode(404).body("code", equalTo("ATTACHMENT_NOT_FOUND"));
        given().auth().oauth2(TestAccounts.newMember().accessToken()).when().get(content).then().statusCode(404);
    }
}
