package cn.gonghui.review;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Documents the 404 of an operation on one review round. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "404", description = "评议不存在，或不在调用者的街道（REVIEW_NOT_FOUND）/ No such round, or not of the "
        + "caller's streets (a member: her union's street)")
public @interface ReviewNotFoundResponse {
}
