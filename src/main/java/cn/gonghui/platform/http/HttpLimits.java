package cn.gonghui.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "gonghui.http")
public interface HttpLimits {

    /** The largest JSON request body; uploads are limited by quarkus.http.limits.max-body-size. */
    @WithDefault("256K")
    MemorySize maxJsonBody();

    /**
     * The longest request URI we answer; a longer one is a 414 problem. The HTTP decoder's own
     * limit (quarkus.http.limits.max-initial-line-length) is set well above, so that ours speaks first.
     */
    @WithDefault("8192")
    int maxUriLength();

    /** The most header bytes we read; more is a 431 problem (quarkus.http.limits.max-header-size is above). */
    @WithDefault("16K")
    MemorySize maxHeadersSize();
}
