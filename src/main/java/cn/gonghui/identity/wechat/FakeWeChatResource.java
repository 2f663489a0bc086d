package cn.gonghui.identity.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A stand-in for WeChat's HTTP API, for dev mode and tests, so the real client path runs end to
 * end without WeChat. Login code {@code dev-<name>} is openid {@code dev-<name>}; phone code
 * {@code dev-phone-<11 digits>} is that number; {@code dev-error-<errcode>} as a code or a message
 * template answers that WeChat error and {@code dev-slow} answers too late; a message to an openid
 * starting {@code dev-unsubscribed} is refused as not subscribed (43101). Anything else is an invalid code (40029). It
 * answers 404 unless {@code gonghui.wechat.fake.enabled}, which {@link WeChatGuard} allows in
 * the dev and test profiles only. The production build leaves it out altogether.
 */
@UnlessBuildProfile("prod")
@Path("/" + FakeWeChatResource.PATH)
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class FakeWeChatResource {

    /** Where the fake answers; relative, so that it resolves against the service's own address. */
    static final String PATH = "dev/fake-wechat";


    private static final Pattern LOGIN = Pattern.compile("dev-([a-z0-9][a-z0-9_-]{0,40})");
    private static final Pattern PHONE = Pattern.compile("dev-phone-(1\\d{10})");
    private static final Pattern ERROR = Pattern.compile("dev-error-(-?\\d{1,6})");

    private final WeChatSettings settings;
    private final AtomicInteger tokens = new AtomicInteger();
    /** Subscribe messages "delivered", newest last: what a developer would see arrive on the phone. */
    private final List<JsonNode> delivered = new CopyOnWriteArrayList<>();

    public FakeWeChatResource(WeChatSettings settings) {
        this.settings = settings;
    }

    @POST
    @Path("/cgi-bin/stable_token")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Map<String, Object> stableToken() {
        requireEnabled();
        return Map.of("access_token", "fake-access-token-" + tokens.incrementAndGet(), "expires_in", 7200);
    }

    @GET
    @Path("/sns/jscode2session")
    @Operation(hidden = true)
    public Map<String, Object> codeToSession(@QueryParam("js_code") String code) {
        requireEnabled();
        Map<String, Object> error = errorFor(code);
        if (error != null) {
            return error;
        }
        if ("dev-slow".equals(code)) {
            pause();
        }
        Matcher login = LOGIN.matcher(code == null ? "" : code);
        if (!login.matches()) {
            return wxError(40029, "invalid code");
        }
        return Map.of("openid", "dev-" + login.group(1), "unionid", "dev-union-" + login.group(1),
                "session_key", "ZmFrZS1zZXNzaW9uLWtleQ==");
    }

    @POST
    @Path("/wxa/business/getuserphonenumber")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Map<String, Object> phoneNumber(JsonNode body) {
        requireEnabled();
        String code = body == null ? "" : body.path("code").asText();
        Map<String, Object> error = errorFor(code);
        if (error != null) {
            return error;
        }
        Matcher phone = PHONE.matcher(code);
        if (!phone.matches()) {
            return wxError(40029, "invalid code");
        }
        return Map.of("errcode", 0, "errmsg", "ok", "phone_info", Map.of("phoneNumber", phone.group(1),
                "purePhoneNumber", phone.group(1), "countryCode", "86"));
    }

    @POST
    @Path("/cgi-bin/message/subscribe/send")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Map<String, Object> send(JsonNode message) {
        requireEnabled();
        Map<String, Object> error = errorFor(message.path("template_id").asText());
        if (error != null) {
            return error;
        }
        if (message.path("touser").asText().startsWith("dev-unsubscribed")) {
            return wxError(43101, "user refuse to accept the msg");
        }
        delivered.add(message);
        return wxError(0, "ok");
    }

    @GET
    @Path("/delivered")
    @Operation(hidden = true)
    public List<JsonNode> delivered() {
        requireEnabled();
        return List.copyOf(delivered);
    }

    private Map<String, Object> errorFor(String code) {
        Matcher error = ERROR.matcher(code == null ? "" : code);
        return error.matches() ? wxError(Integer.parseInt(error.group(1)), "fake error") : null;
    }

    private static Map<String, Object> wxError(int code, String message) {
        return Map.of("errcode", code, "errmsg", message);
    }

    private void requireEnabled() {
        if (!settings.fake().enabled()) {
            throw new NotFoundException();
        }
    }

    private void pause() {
        try {
            Thread.sleep(settings.fake().slowAnswer().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
