package cn.gonghui.attachment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestApplications;
import cn.gonghui.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Attachments of long-closed applications and unused uploads go; open cases keep theirs. */
@QuarkusTest
class AttachmentRetentionTest {

    @Inject
    AttachmentRetention retention;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void attachmentsOfLongClosedApplicationsAndUnusedUploadsAreDeleted() {
        TestAccounts.SignedIn closing = TestApplications.identifiedMember("desheng");
        String closedDocument = upload(closing);
        String closedApplication = TestApplications.apply(closing, joinNaming(closedDocument)).then().statusCode(201)
                .extract().path("summary.id");
        given().auth().oauth2(closing.accessToken()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/applications/" + closedApplication + "/withdraw").then().statusCode(200);
        TestAccounts.SignedIn open = TestApplications.identifiedMember("desheng");
        String openDocument = upload(open);
        TestApplications.apply(open, joinNaming(openDocument)).then().statusCode(201);
        String unused = upload(TestAccounts.newMember());

        clock.advance(Duration.ofDays(731));
        while (retention.deleteExpiredAttachments() > 0) {
            // batches until nothing is due
        }

        assertThat(Attachment.count("id", UUID.fromString(closedDocument))).isZero();
        assertThat(Attachment.count("id", UUID.fromString(unused))).isZero();
        assertThat(Attachment.count("id", UUID.fromString(openDocument))).isOne();
        assertThat(storedFile(closedDocument)).doesNotExist();
        assertThat(storedFile(openDocument)).exists();
    }

    private static String upload(TestAccounts.SignedIn member) {
        return given().auth().oauth2(member.accessToken())
                .multiPart("file", "scan.pdf", "%PDF-1.4 scan".getBytes(), "application/pdf")
                .when().post("/api/v1/attachments").then().statusCode(201).extract().path("id");
    }

    private static String joinNaming(String attachment) {
        return "{\"serviceCode\": \"membership.join\", \"streetCode\": \"desheng\", \"form\": {\"occupation\": \"courier\"}, "
                + "\"attachmentIds\": [\"" + attachment + "\"]}";
    }

    private static Path storedFile(String id) {
        return Path.of("target/test-attachments", id.substring(0, 2), id.substring(2, 4), id);
    }
}
