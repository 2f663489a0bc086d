package cn.gonghui.attachment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Officers' uploads that no document or activity uses go after the retention; used and recent ones stay. */
@QuarkusTest
class OfficerUploadPurgeTest {

    static final byte[] PDF = "%PDF-1.4 通知".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    @Inject
    OfficerUploadPurge purge;

    @Inject
    TestAccounts accounts;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void unusedUploadsOlderThanTheRetentionGoAndFilesOfDocumentsAndCoversStay() {
        String desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        String ofDocument = upload(desheng, "/api/v1/admin/disclosures/attachments", "通知.pdf", PDF, "application/pdf");
        String cover = upload(desheng, "/api/v1/admin/activities/covers", "海报.png", PNG, "image/png");
        String unused = upload(desheng, "/api/v1/admin/disclosures/attachments", "草稿.pdf", PDF, "application/pdf");
        given().auth().oauth2(desheng).contentType(ContentType.JSON)
                .body(Map.of("kind", "notice", "title", "通知", "year", 2026, "body", "正文", "streetCode", "desheng",
                        "attachmentIds", List.of(ofDocument)))
                .when().post("/api/v1/admin/disclosures").then().statusCode(201);
        given().auth().oauth2(desheng).contentType(ContentType.JSON).body(activityWithCover(cover))
                .when().post("/api/v1/admin/activities").then().statusCode(201);

        clock.advance(Duration.ofDays(29));
        purge.purgeUnused();
        assertThat(Attachment.count("id", UUID.fromString(unused))).as("younger than the retention").isOne();

        clock.advance(Duration.ofDays(2));
        String recent = upload(desheng, "/api/v1/admin/disclosures/attachments", "新的.pdf", PDF, "application/pdf");
        assertThat(purge.purgeUnused()).isGreaterThanOrEqualTo(1);

        assertThat(Attachment.count("id", UUID.fromString(unused))).isZero();
        assertThat(storedFile(unused)).doesNotExist();
        for (String kept : List.of(ofDocument, cover, recent)) {
            assertThat(Attachment.count("id", UUID.fromString(kept))).as(kept).isOne();
            assertThat(storedFile(kept)).exists();
        }
        assertThat(purge.purgeUnused()).as("nothing is due twice").isZero();
    }

    private static Map<String, Object> activityWithCover(String cover) {
        Instant now = TestClock.current();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", "职工书法展");
        request.put("description", "街道工会书法展。");
        request.put("streetCode", "desheng");
        request.put("place", "街道文体中心");
        request.put("startsAt", now.plus(Duration.ofDays(60)).toString());
        request.put("endsAt", now.plus(Duration.ofDays(60)).plus(Duration.ofHours(2)).toString());
        request.put("signUpOpensAt", now.minus(Duration.ofHours(1)).toString());
        request.put("signUpClosesAt", now.plus(Duration.ofDays(59)).toString());
        request.put("cancelUntil", now.plus(Duration.ofDays(59)).toString());
        request.put("capacity", 30);
        request.put("waitlistCapacity", 0);
        request.put("membersOnly", false);
        request.put("coverAttachmentId", cover);
        return request;
    }

    private static String upload(String token, String path, String filename, byte[] content, String type) {
        return given().auth().oauth2(token).multiPart("file", filename, content, type)
                .when().post(path).then().statusCode(201).extract().path("id");
    }

    private static Path storedFile(String id) {
        return Path.of("target/test-attachments", id.substring(0, 2), id.substring(2, 4), id);
    }
}
