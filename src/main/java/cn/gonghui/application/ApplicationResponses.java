package cn.gonghui.application;

import cn.gonghui.application.ApplicationViews.DetailView;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The documented responses many operations on one application share, each written once: an
 * operation names them as annotations, the contract shows them as if written on it.
 */
public final class ApplicationResponses {

    private ApplicationResponses() {
    }

    /** The application as the caller now sees it, with the ETag a later change sends back. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "200", description = "申请 / The application", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = DetailView.class)))
    public @interface Detail {
    }

    /** A member's own application: another member's is as absent as one that never existed. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "404", description = "不存在（APPLICATION_NOT_FOUND）/ No such application")
    public @interface NotFound {
    }

    /** An officer's reach: an application outside their data scope is as absent as one that never existed. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "404", description = "不存在或不在辖区内（APPLICATION_NOT_FOUND）/ Not within reach")
    public @interface NotWithinReach {
    }
}
