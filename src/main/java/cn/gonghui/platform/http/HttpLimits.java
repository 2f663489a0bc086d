package cn.gonghui.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "gonghui.http")
public interface HttpLimits {

    /** The largest JSON request body; uploads are limited by quarkus.http.limits.max-body-size. */
    @WithDefault("256K")
    MemorySize maxJsonBody();
}
