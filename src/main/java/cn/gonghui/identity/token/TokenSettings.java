package cn.gonghui.identity.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

@ConfigMapping(prefix = "gonghui.tokens")
public interface TokenSettings {

    /** How long an access token lives. */
    @WithName("access-lifetime")
    @WithDefault("PT15M")
    Duration accessLifetime();

    /** How long a refresh token lives; every refresh starts the period again. */
    @WithName("refresh-lifetime")
    @WithDefault("P30D")
    Duration refreshLifetime();
}
