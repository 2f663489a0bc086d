package cn.gonghui.integration.webhook;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The 404 of an operation on one subscription: none with the id, or another client's. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "404", description = "没有这个订阅，或不属于本客户端（WEBHOOK_SUBSCRIPTION_NOT_FOUND）/ No such "
        + "subscription of this client")
@interface WebhookNotFoundResponse {
}
