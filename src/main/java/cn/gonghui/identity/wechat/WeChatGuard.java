package cn.gonghui.identity.wechat;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.List;

/**
 * Refuses to start a WeChat login that cannot work or must not exist: the real WeChat without an
 * AppID and secret, or the fake WeChat outside the dev and test profiles.
 */
@ApplicationScoped
public class WeChatGuard {

    void check(@Observes StartupEvent started, WeChatSettings settings) {
        check(settings.fake().enabled(), settings.appId().isPresent() && settings.secret().isPresent(),
                ConfigUtils.getProfiles());
    }

    static void check(boolean fakeEnabled, boolean credentialsConfigured, Collection<String> profiles) {
        if (fakeEnabled && !(profiles.contains("dev") || profiles.contains("test"))) {
            throw new IllegalStateException("The fake WeChat (gonghui.wechat.fake.enabled) exists for the dev and test "
                    + "profiles only; active profiles: " + List.copyOf(profiles));
        }
        if (!fakeEnabled && !credentialsConfigured) {
            throw new IllegalStateException("WeChat is not configured: set GONGHUI_WECHAT_APP_ID and GONGHUI_WECHAT_SECRET.");
        }
    }
}
