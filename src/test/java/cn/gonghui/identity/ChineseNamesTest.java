package cn.gonghui.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.gonghui.testing.IdNumbers;
import cn.gonghui.testing.TestAccounts;
import cn.gonghui.testing.TestAccounts.SignedIn;
import cn.gonghui.testing.TestApplications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Names as Chinese people write them: a rare character of any CJK extension, the middle dot of
 * an ethnic minority name typed with whichever dot the phone offers. Stored, searched, masked
 * and exported intact.
 */
@QuarkusTest
class ChineseNamesTest {

    @Inject
    TestAccounts accounts;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "㐀丽",       // extension A, U+3400
            "𠀀明",       // extension B, U+20000
            "王𪜀",       // extension C, U+2A700
            "李𫝀",       // extension D, U+2B740
            "张𫠠",       // extension E, U+2B820
            "陈𬺰",       // extension F, U+2CEB0
            "赵𰀀",       // extension G, U+30000
            "刘𱍐",       // extension H, U+31350
            "周𮯰",       // extension I, U+2EBF0
            "林〇",       // the ideographic zero, written in names
            "𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉𠀊𠀋𠀌𠀍𠀎𠀏𠀐𠀑𠀒𠀓𠀔𠀕𠀖𠀗𠀘𠀙𠀚𠀛𠀜𠀝"}) // 30 characters, 60 UTF-16 units
    void aNameOfAnyHanBlockIsStoredAndExportedIntact(String name) {
        SignedIn member = TestAccounts.newMemberOf("desheng");
        recordIdentity(member, name).then().statusCode(200).body("realName", equalTo(name));
        given().auth().oauth2(member.accessToken()).when().get("/api/v1/me")
                .then().statusCode(200).body("realName", equalTo(name));
        given().auth().oauth2(member.accessToken()).when().get("/api/v1/me/data-export")
                .then().statusCode(200).body("profile.realName", equalTo(name));
    }

    @ParameterizedTest(name = "{0} is stored as {1}")
    @CsvSource({
            "阿卜杜拉·买买提, 阿卜杜拉·买买提",
            "阿卜杜拉•买买提, 阿卜杜拉·买买提",
            "阿卜杜拉・买买提, 阿卜杜拉·买买提",
            "阿卜杜拉．买买提, 阿卜杜拉·买买提",
            "阿卜杜拉 · 买买提, 阿卜杜拉·买买提",
            "'  迪丽  热巴 ', 迪丽 热巴"})
    void everyLookAlikeOfTheMiddleDotIsStoredAsOne(String typed, String stored) {
        SignedIn member = TestAccounts.newMemberOf("desheng");
        recordIdentity(member, typed).then().statusCode(200).body("realName", equalTo(stored));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "王, NAME_LENGTH",
            "𠀀, NAME_LENGTH",
            "王一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十, NAME_LENGTH",
            "·王明, NAME_DOT_PLACEMENT",
            "王明·, NAME_DOT_PLACEMENT",
            "阿卜杜拉··买买提, NAME_DOT_PLACEMENT",
            "王1, NAME_CHARACTERS",
            "王😀, NAME_CHARACTERS",
            "王-明, NAME_CHARACTERS"})
    void aNameThatIsNoNameIsRefusedWithItsReason(String name, String code) {
        SignedIn member = TestAccounts.newMemberOf("desheng");
        recordIdentity(member, name).then().statusCode(400)
                .body("errors[0].field", equalTo("name")).body("errors[0].code", equalTo(code));
    }

    @Test
    void aMinorityNameIsFoundWhicheverDotTheOfficerTypesAndMaskedByCharacter() {
        SignedIn member = TestApplications.identifiedMember("desheng");
        recordIdentity(member, "阿卜杜拉·买买提").then().statusCode(200);
        String application = TestApplications.join(member, "desheng");
        String officer = TestAccounts.officerToken(accounts.streetOfficer("desheng"));
        given().auth().oauth2(officer).queryParam("q", "阿卜杜拉•买")
                .when().get("/api/v1/admin/applications")
                .then().statusCode(200).body("items.id", hasItem(application));
        given().auth().oauth2(officer).when().get("/api/v1/admin/members/" + member.memberId())
                .then().statusCode(200).body("realName", equalTo("阿*·买买提"));
    }

    private static io.restassured.response.Response recordIdentity(SignedIn member, String name) {
        return given().auth().oauth2(member.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "idNumber", IdNumbers.bornOn("19900101")))
                .when().put("/api/v1/me/identity");
    }
}
