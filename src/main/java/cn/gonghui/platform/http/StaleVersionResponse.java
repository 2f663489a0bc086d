package cn.gonghui.platform.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Documents the 412 of a change made from a version that is no longer current (see EntityVersions). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "412", description = "版本已过期（VERSION_MISMATCH）/ Stale version")
public @interface StaleVersionResponse {
}
