package cn.gonghui.activity;

import static cn.gonghui.activity.ActivityFixtures.ADMIN;
import static cn.gonghui.activity.ActivityFixtures.PUBLIC;
import static cn.gonghui.activity.ActivityFixtures.freshDay;
import static cn.gonghui.activity.ActivityFixtures.publish;
import static cn.gonghui.activity.ActivityFixtures.published;
import static cn.gonghui.activity.ActivityFixtures.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An officer gives an activity a cover image; anyone sees it; nothing else an officer uploaded becomes public. */
@QuarkusTest
class ActivityCoverTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    private static final byte[] PDF = "%PDF-1.4 programme".getBytes();

    @Inject
    TestAccounts accounts;

    private String desheng;

    @BeforeEach
    void officer() {
        desheng = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
    }

    @Test
    void theCoverAnOfficerUploadedIsServedToAnyone() {
        String cover = upload(desheng, "海报.png", PNG, "image/png");
        Map<String, Object> request = request("desheng", freshDay(), 10, 0);
        request.put("coverAttachmentId", cover);
        String id = published(desheng, request);

        String url = given().when().get(PUBLIC + "/" + id).then().statusCode(200).extract().path("coverUrl");
        assertThat(url).isEqualTo("/api/v1/activities/" + id + "/cover");
        byte[] served = given().when().get(url).then().statusCode(200).contentType("image/png")
                .header("Cache-Control", equalTo("public, max-age=86400")).extract().asByteArray();
        assertThat(served).isEqualTo(PNG);
    }

    @Test
    void aCoverIsAnImageOfTheOfficersOwnAndAnActivityWithoutOneHasNone() {
        String pdf = upload(desheng, "章程.pdf", PDF, "application/pdf");
        String someoneElses = upload(TestAccounts.officerToken(accounts.streetOfficer("desheng")), "x.png", PNG, "image/png");
        for (String cover : new String[] {pdf, someoneElses, "01a20144-0000-7000-8000-00000000c0de"}) {
            Map<String, Object> request = request("desheng", freshDay(), 10, 0);
            request.put("coverAttachmentId", cover);
            publish(desheng, request).then().statusCode(422).body("code", equalTo("ACTIVITY_INVALID"))
                    .body("errors[0].field", equalTo("coverAttachmentId"))
                    .body("errors[0].code", equalTo("NOT_AN_UPLOADED_IMAGE"));
        }

        String plain = published(desheng, request("desheng", freshDay(), 10, 0));
        given().when().get(PUBLIC + "/" + plain).then().statusCode(200).body("coverUrl", nullValue());
        given().when().get(PUBLIC + "/" + plain + "/cover").then().statusCode(404)
                .body("code", equalTo("ACTIVITY_COVER_NOT_FOUND"));
        given().when().get(PUBLIC + "/01a20144-0000-7000-8000-00000000c0de/cover").then().statusCode(404)
                .body("code", equalTo("ACTIVITY_NOT_FOUND"));

        // a cover given later, with the version the officer saw
        String later = upload(desheng, "新海报.png", PNG, "image/png");
        ActivityFixtures.patch(desheng, plain, ActivityFixtures.etag(desheng, plain), Map.of("coverAttachmentId", later))
                .then().statusCode(200).body("coverUrl", equalTo("/api/v1/activities/" + plain + "/cover"));
        given().when().get(PUBLIC + "/" + plain + "/cover").then().statusCode(200).contentType("image/png");
    }

    @Test
    void onlyOfficersUploadCovers() {
        given().multiPart("file", "a.png", PNG, "image/png").when().post(ADMIN + "/covers").then().statusCode(401);
        given().auth().oauth2(TestAccounts.newMember().accessToken()).multiPart("file", "a.png", PNG, "image/png")
                .when().post(ADMIN + "/covers").then().statusCode(403);
        given().auth().oauth2(desheng).multiPart("note", "no file").when().post(ADMIN + "/covers").then().statusCode(422)
                .body("code", equalTo("ATTACHMENT_EMPTY"));
    }

    private static String upload(String officer, String name, byte[] content, String type) {
        return given().auth().oauth2(officer).multiPart("file", name, content, type)
                .when().post(ADMIN + "/covers").then().statusCode(201).extract().path("id");
    }
}
