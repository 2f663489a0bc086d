package cn.gonghui.platform;

import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.platform.idempotency.Idempotency;
import cn.gonghui.platform.idempotency.IdempotentRequest;
import cn.gonghui.platform.id.Ids;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A resource that exists only in tests, to drive the platform's error, idempotency and If-Match
 * paths through real HTTP before features of their own use them. Hidden from the contract.
 */
@Path("/test-probe")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public record Item(@NotBlank String label, @Min(0) int quantity) {
    }

    public record Order(
            @NotBlank @Size(max = 10) String name,
            @NotNull @Min(1) @Max(5) Integer count,
            List<@NotNull @Valid Item> items,
            Boolean urgent) {
    }

    public record Created(UUID id, String name) {
    }

    public static final AtomicInteger EXECUTIONS = new AtomicInteger();

    private final Idempotency idempotency;

    public ProbeResource(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    @POST
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response create(@HeaderParam(IdempotentRequest.HEADER) String key, @NotNull @Valid Order order) {
        return idempotency.execute(new IdempotentRequest(key, "anonymous", "POST", "/test-probe/orders", order), () -> {
            EXECUTIONS.incrementAndGet();
            pause();
            UUID id = Ids.newId();
            return Response.created(URI.create("/test-probe/orders/" + id)).entity(new Created(id, order.name())).build();
        });
    }

    @GET
    @Path("/failure")
    @Operation(hidden = true)
    public String failure() {
        throw new IllegalStateException("secret internals: jdbc:postgresql://db/secret password=hunter2");
    }

    @POST
    @Path("/versioned")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response versioned(@HeaderParam("If-Match") String ifMatch, Order order) {
        EntityVersions.requireMatch(ifMatch, 3);
        return Response.noContent().tag(EntityVersions.tagOf(4)).build();
    }

    @GET
    @Path("/members-only")
    @RolesAllowed("member")
    @Operation(hidden = true)
    public String membersOnly(@Context SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    /** Widens the window in which concurrent retries overlap. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
