package cn.gonghui.catalogue;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import cn.gonghui.platform.openapi.PublicAccess;
import cn.gonghui.platform.http.ContentTagged;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import cn.gonghui.catalogue.CatalogueViews.AttributeView;
import cn.gonghui.catalogue.CatalogueViews.DocumentView;
import cn.gonghui.catalogue.CatalogueViews.FormView;
import cn.gonghui.catalogue.CatalogueViews.ServiceSummaryView;
import cn.gonghui.catalogue.CatalogueViews.ServiceView;
import cn.gonghui.platform.i18n.RequestLocale;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import java.util.Locale;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public catalogue: what a worker can apply for and what each form asks. */
@Path("/api/v1/services")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue")
public class CatalogueResource {

    static final String SCHEMA_JSON = "application/schema+json";

    private final Catalogue catalogue;
    private final RequestLocale locale;

    public CatalogueResource(Catalogue catalogue, RequestLocale locale) {
        this.catalogue = catalogue;
        this.locale = locale;
    }

    @GET
    @Operation(operationId = "listServices", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "服务目录 / The service catalogue",
            description = "职工可在线申请的服务。带 ETag；If-None-Match 命中时返回 304。/ The services a worker can apply "
                    + "for online. With an ETag; 304 when If-None-Match matches.")
    @APIResponse(responseCode = "200", description = "服务 / Services",
            headers = @Header(name = "ETag", description = "内容的标签；下次带 If-None-Match 询问 / Tag of the content; ask again "
                    + "with If-None-Match", schema = @Schema(maxLength = 40)))
    @ContentTagged
    public Page<ServiceSummaryView> list(@Valid @BeanParam PageParams page) {
        return catalogue.enabledServices(page, locale.get());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getService", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "服务定义 / A service's definition",
            description = "含当前版本的表单字段、需携带的材料和办理时限；每个表单另有 JSON Schema。/ With the fields of the "
                    + "current form version, what to bring and the handling time; each form also has a JSON Schema. "
                    + "With an ETag; 304 when If-None-Match matches.")
    @APIResponse(responseCode = "200", description = "服务 / The service",
            content = @Content(schema = @Schema(implementation = ServiceView.class)),
            headers = @Header(name = "ETag", description = "内容的标签；下次带 If-None-Match 询问 / Tag of the content; ask again "
                    + "with If-None-Match", schema = @Schema(maxLength = 40)))
    @ContentTagged
    @APIResponse(responseCode = "404", description = "没有这项服务（SERVICE_NOT_FOUND）/ No such service")
    public ServiceView get(@PathParam("code") @Parameter(description = "服务代码 / Service code",
            schema = @Schema(maxLength = 40, pattern = "^[a-z][a-z-]*(\\.[a-z-]+)?$")) String code) {
        catalogue.enabledService(code); // a known service (else 404): only those are kept
        Locale language = locale.get();
        return catalogue.kept("service/" + code + "/" + language.toLanguageTag(), () -> {
            // read again inside: a change committing in between must not leave its former self kept
            Service service = catalogue.enabledService(code);
            FormDefinition form = catalogue.currentForm(service);
            return new ServiceView(ServiceSummaryView.of(service, language),
                    service.documents().stream().map(text -> new DocumentView(text.in(language))).toList(),
                    new FormView(form.version(), form.attributes().stream()
                            .map(attribute -> AttributeView.of(attribute, language)).toList()));
        });
    }

    @GET
    @Path("/{code}/form-schema")
    @Produces(SCHEMA_JSON)
    @Operation(operationId = "getServiceFormSchema", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "表单的 JSON Schema / The form as JSON Schema",
            description = "当前版本表单的 JSON Schema（draft 2020-12）；契约中每项服务的表单另有同名组件，如 "
                    + "MembershipJoinForm。/ The current form as a JSON Schema (draft 2020-12); the contract also "
                    + "names one schema per service, such as MembershipJoinForm.")
    @APIResponse(responseCode = "200", description = "JSON Schema",
            content = @Content(mediaType = SCHEMA_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.OBJECT, description = "JSON Schema draft 2020-12")))
    @APIResponse(responseCode = "404", description = "没有这项服务（SERVICE_NOT_FOUND）/ No such service")
    public Response formSchema(@PathParam("code") @Parameter(description = "服务代码 / Service code",
            schema = @Schema(maxLength = 40, pattern = "^[a-z][a-z-]*(\\.[a-z-]+)?$")) String code) {
        Service service = catalogue.enabledService(code);
        return Response.ok(FormJsonSchema.of(catalogue.currentForm(service), service.name(locale.get()), locale.get()))
                .type(SCHEMA_JSON).build();
    }
}
