package cn.gonghui.activity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Documents the 404 of an operation on one activity: none, or (for officers) outside their reach. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "404", description = "活动不存在或不在辖区内（ACTIVITY_NOT_FOUND）/ No such activity, or "
        + "outside the officer's reach")
public @interface ActivityNotFoundResponse {
}
