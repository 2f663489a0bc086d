package cn.gonghui.platform.http;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A read of reference data (streets, the catalogue) answered with an {@code ETag} made from its
 * content and {@code Cache-Control: no-cache}: a client keeps the answer and asks again with
 * {@code If-None-Match}, and gets an empty 304 while nothing changed. See {@link ContentTagFilter}.
 */
@NameBinding
@APIResponse(responseCode = "304", description = "未修改：If-None-Match 中的 ETag 仍是当前的 / Not modified: the "
        + "If-None-Match tag is still current")
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ContentTagged {
}
