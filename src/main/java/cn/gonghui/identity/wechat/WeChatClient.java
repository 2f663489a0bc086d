package cn.gonghui.identity.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import cn.binarywang.wx.miniapp.bean.WxMaPhoneNumberInfo;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import cn.gonghui.platform.error.ApiProblem;
import io.quarkus.vertx.http.HttpServer;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.common.util.http.apache.DefaultApacheHttpClientBuilder;
import org.jboss.logging.Logger;

/**
 * WeChat's mini-program API through WxJava, with its answers turned into ours: a bad or used
 * login code is the caller's 401, a busy, rate-limited, slow or unreachable WeChat is a 503.
 * Access tokens come from the stable-token API, which hands every instance the same token, so
 * several instances never invalidate each other's.
 */
@ApplicationScoped
public class WeChatClient {

    /** The answer of a subscribe message send. */
    public enum Delivery { SENT, NOT_SUBSCRIBED, FAILED }

    private static final Logger LOG = Logger.getLogger(WeChatClient.class);
    private static final int INVALID_CODE = 40029;
    private static final int CODE_USED = 40163;
    private static final int NOT_SUBSCRIBED = 43101;

    static final String REAL_API_HOST = "https://api.weixin.qq.com";

    private final WxMaService service;

    /** Built on first use, when the HTTP server already knows its port. */
    public WeChatClient(WeChatSettings settings, HttpServer server) {
        this.service = build(settings, settings.apiHost().orElseGet(() -> settings.fake().enabled()
                ? server.getLocalBaseUri().resolve(FakeWeChatResource.PATH).toString()
                : REAL_API_HOST));
    }

    /** jscode2session: who the code of {@code wx.login} belongs to. */
    public WeChatIdentity identify(String loginCode) {
        try {
            // WxJava writes the code into the query string as it is: encoded here, it stays one value
            // even if a caller's code got past the request's pattern
            WxMaJscode2SessionResult session = service.getUserService()
                    .getSessionInfo(URLEncoder.encode(loginCode, StandardCharsets.UTF_8));
            return new WeChatIdentity(session.getOpenid(), blankToNull(session.getUnionid()));
        } catch (WxErrorException e) {
            throw translate(e, 401);
        } catch (WxRuntimeException e) {
            throw unavailable(e);
        }
    }

    /** getuserphonenumber: the phone number behind a one-time phone code. */
    public String phoneNumber(String phoneCode) {
        try {
            WxMaPhoneNumberInfo phone = service.getUserService().getPhoneNumber(phoneCode);
            return phone.getPurePhoneNumber();
        } catch (WxErrorException e) {
            throw translate(e, 422);
        } catch (WxRuntimeException e) {
            throw unavailable(e);
        }
    }

    /** Sends a subscribe message; "not subscribed" is an answer, not an error. */
    public Delivery send(WxMaSubscribeMessage message) {
        try {
            service.getMsgService().sendSubscribeMsg(message);
            return Delivery.SENT;
        } catch (WxErrorException e) {
            if (e.getError().getErrorCode() == NOT_SUBSCRIBED) {
                return Delivery.NOT_SUBSCRIBED;
            }
            LOG.warnf("WeChat refused a subscribe message: %d", e.getError().getErrorCode());
            return Delivery.FAILED;
        } catch (WxRuntimeException e) {
            LOG.warnf("WeChat did not take a subscribe message: %s", e.getMessage());
            return Delivery.FAILED;
        }
    }

    private static ApiProblem translate(WxErrorException failure, int statusOfABadCode) {
        int code = failure.getError().getErrorCode();
        if (code == INVALID_CODE || code == CODE_USED) {
            return new ApiProblem(statusOfABadCode, "WECHAT_CODE_INVALID");
        }
        // -1 busy (already retried), 45011 rate limit, and anything else: WeChat cannot serve us now
        LOG.warnf("WeChat answered error %d", code);
        return new ApiProblem(503, "WECHAT_UNAVAILABLE").withHeader("Retry-After", "30");
    }

    private static ApiProblem unavailable(WxRuntimeException failure) {
        LOG.warnf("WeChat could not be reached: %s", failure.getMessage());
        return new ApiProblem(503, "WECHAT_UNAVAILABLE").withHeader("Retry-After", "30");
    }

    private static WxMaService build(WeChatSettings settings, String apiHost) {
        WxMaDefaultConfigImpl config = new WxMaDefaultConfigImpl();
        config.setAppid(settings.appId().orElse("fake-app"));
        config.setSecret(settings.secret().orElse("fake-secret"));
        config.setApiHostUrl(apiHost);
        config.useStableAccessToken(true);
        DefaultApacheHttpClientBuilder http = DefaultApacheHttpClientBuilder.get();
        http.setConnectionTimeout((int) settings.connectTimeout().toMillis());
        http.setConnectionRequestTimeout((int) settings.connectTimeout().toMillis());
        http.setSoTimeout((int) settings.readTimeout().toMillis());
        config.setApacheHttpClientBuilder(http);
        WxMaServiceImpl service = new WxMaServiceImpl();
        service.setWxMaConfig(config);
        service.setMaxRetryTimes(settings.busyRetries());
        service.setRetrySleepMillis((int) settings.busyPause().toMillis());
        return service;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
