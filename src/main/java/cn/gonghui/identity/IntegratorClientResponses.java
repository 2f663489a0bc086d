package cn.gonghui.identity;

import cn.gonghui.identity.IntegratorClientViews.ClientView;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The answers of an operation on one integrator client, written once for all of them. */
final class IntegratorClientResponses {

    private IntegratorClientResponses() {
    }

    /** 404 when no client has the id. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "404", description = "没有这个客户端（INTEGRATOR_CLIENT_NOT_FOUND）/ No such client")
    @interface NotFound {
    }

    /** 200 with the client as it is now, after a change of its state. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "200", description = "客户端 / The client",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @interface Changed {
    }
}
