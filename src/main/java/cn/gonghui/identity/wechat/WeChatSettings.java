package cn.gonghui.identity.wechat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "gonghui.wechat")
public interface WeChatSettings {

    /** The mini-program's AppID; required unless the fake WeChat is on. */
    Optional<String> appId();

    /** The mini-program's AppSecret; required unless the fake WeChat is on. */
    Optional<String> secret();

    /**
     * Where WeChat's API answers. With the fake WeChat on and no address set, the fake this very
     * service serves, on whatever port it was given (tests take a free one).
     */
    Optional<String> apiHost();

    @WithDefault("PT3S")
    Duration connectTimeout();

    @WithDefault("PT5S")
    Duration readTimeout();

    /** Retries when WeChat answers -1 ("system busy"), each after twice the previous pause. */
    @WithDefault("1")
    int busyRetries();

    @WithDefault("PT0.3S")
    Duration busyPause();

    Fake fake();

    interface Fake {

        /** Serves a fake WeChat API under /dev/fake-wechat; dev and test profiles only. */
        @WithDefault("false")
        boolean enabled();

        /** How long the fake takes to answer the code {@code dev-slow}. */
        @WithDefault("PT10S")
        Duration slowAnswer();
    }
}
