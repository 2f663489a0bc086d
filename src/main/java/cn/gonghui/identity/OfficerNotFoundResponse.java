package cn.gonghui.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Documents the 404 of an operation on one officer account: none, or none the caller reaches. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "404", description = "没有这个干部账号，或不在调用者的管理范围内（OFFICER_NOT_FOUND）/ No such "
        + "officer account within the caller's reach")
public @interface OfficerNotFoundResponse {
}
