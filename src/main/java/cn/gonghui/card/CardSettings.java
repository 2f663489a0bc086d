package cn.gonghui.card;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code gonghui.card.*}: the member card's settings. */
@ConfigMapping(prefix = "gonghui.card")
public interface CardSettings {

    /** How long a member's QR code may be shown before a merchant no longer accepts it. */
    @WithDefault("PT60S")
    Duration qrLifetime();
}
