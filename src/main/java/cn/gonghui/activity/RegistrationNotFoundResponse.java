package cn.gonghui.activity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Documents the 404 of an operation on one of the member's registrations: none of theirs by that id. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "404", description = "没有本人的这份报名（REGISTRATION_NOT_FOUND）/ No registration of the "
        + "member's by this id")
public @interface RegistrationNotFoundResponse {
}
