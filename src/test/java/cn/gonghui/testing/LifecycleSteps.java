package cn.gonghui.testing;

import static io.restassured.RestAssured.given;

import cn.gonghui.testing.LifecycleProperty.Line;
import cn.gonghui.testing.LifecycleProperty.Step;
import cn.gonghui.testing.LifecycleProperty.Who;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The steps every line shares: the member's five actions and the officers' nine, each by the street
 * officer and by the district officer, with well-formed bodies, so that an answer other than success
 * can only be the lifecycle's or the line's refusal.
 */
public final class LifecycleSteps {

    /** What an officer's action carries on this line. */
    public record Bodies(String approve, String complete, UUID assignee) {

        public static Bodies plain(UUID assignee) {
            return new Bodies("{}", "{}", assignee);
        }
    }

    private LifecycleSteps() {
    }

    public static List<Step> shared(String officerToken, String districtToken, Bodies bodies) {
        List<Step> steps = new ArrayList<>(member());
        steps.addAll(officer("officer", Who.OFFICER, officerToken, bodies));
        steps.addAll(officer("district", Who.DISTRICT_OFFICER, districtToken, bodies));
        return steps;
    }

    private static List<Step> member() {
        return List.of(
                new Step("member withdraws", Who.MEMBER, "withdraw", line -> asMember(line)
                        .body("{\"reason\": \"不需要了\"}").post(path(line) + "/withdraw")),
                new Step("member supplements", Who.MEMBER, "supplement", line -> asMember(line)
                        .body("{\"note\": \"已补充说明\"}").post(path(line) + "/supplements")),
                new Step("member books", Who.MEMBER, "book-appointment", line -> asMember(line)
                        .body("{\"slotId\": \"" + TestApplications.lateFreeDeshengSlot() + "\"}")
                        .put(path(line) + "/appointment")),
                new Step("member cancels the booking", Who.MEMBER, "cancel-appointment", line -> asMember(line)
                        .delete(path(line) + "/appointment")),
                new Step("member rates", Who.MEMBER, "evaluate", line -> asMember(line)
                        .body("{\"rating\": 4}").post(path(line) + "/evaluation")));
    }

    private static List<Step> officer(String who, Who kind, String token, Bodies bodies) {
        return List.of(
                act(who + " accepts", kind, token, "accept", "{}"),
                act(who + " asks for information", kind, token, "request-info", "{\"reason\": \"请补充在职证明\"}"),
                act(who + " invites", kind, token, "invite-appointment",
                        "{\"stationId\": \"" + TestApplications.DESHENG_OUTDOOR_STATION + "\"}"),
                act(who + " records a visit", kind, token, "record-visit", "{\"outcome\": \"arrived\"}"),
                act(who + " records a no-show", kind, token, "record-visit", "{\"outcome\": \"noshow\"}"),
                act(who + " approves", kind, token, "approve", bodies.approve()),
                act(who + " rejects", kind, token, "reject", "{\"reason\": \"材料不符合要求\"}"),
                act(who + " escalates", kind, token, "escalate", "{}"),
                act(who + " completes", kind, token, "complete", bodies.complete()),
                act(who + " assigns", kind, token, "assign", "{\"officerId\": \"" + bodies.assignee() + "\"}"));
    }

    private static Step act(String name, Who who, String token, String action, String body) {
        return new Step(name, who, action, line -> TestApplications.act(token, line.applicationId(), action, body));
    }

    private static io.restassured.specification.RequestSpecification asMember(Line line) {
        return given().auth().oauth2(line.memberToken()).contentType(ContentType.JSON).when();
    }

    private static String path(Line line) {
        return "/api/v1/applications/" + line.applicationId();
    }
}
