package cn.gonghui.disclosure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Documents the 404 of an operation on one disclosure. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "404", description = "不存在、不在辖区内或（公开接口）尚未公开（DISCLOSURE_NOT_FOUND）/ No such document "
        + "within reach, or (public) not published")
public @interface DisclosureNotFoundResponse {
}
