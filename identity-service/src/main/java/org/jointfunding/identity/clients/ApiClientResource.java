package org.jointfunding.identity.clients;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.identity.common.ProblemExamples;
import org.jointfunding.identity.common.QueryParams;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Created;
import org.jointfunding.kit.Idempotency;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Problem;
import org.jointfunding.kit.Roles;

/** API clients for scripts (OAuth 2.0 client_credentials). */
@Path("/api/identity/admin/clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "API clients", description = "ADMIN only: credentials for scripts")
@APIResponse(responseCode = "401", description = "Missing, expired or invalid token")
@APIResponse(responseCode = "403", description = "Caller is not an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = ProblemExamples.FORBIDDEN)))
public class ApiClientResource {

    private final ApiClientService clients;
    private final Caller caller;
    private final Idempotency idempotency;

    public ApiClientResource(ApiClientService clients, Caller caller, Idempotency idempotency) {
        this.clients = clients;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API client", description = """
            The response is the only place the client secret ever appears: only a hash of it is stored. \
            A retry with the same Idempotency-Key returns the same client without the secret (Idempotent-Replayed: true): \
            the secret is neither stored nor shown again, so a caller that lost the first answer revokes that client \
            and creates another. The same key with another name, roles or agency is a 422 (/problems/idempotency-key-reused).""")
    @APIResponse(responseCode = "201", description = "Created, with clientSecret (without it when replayed); Location names the client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiClientView.class)))
    @APIResponse(responseCode = "400", description = "Invalid name, roles or agency, or an Idempotency-Key over 200 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "idempotency-key-reused", value = ProblemExamples.IDEMPOTENCY_KEY_REUSED)))
    public Response create(@Valid @NotNull ApiClientRequest request,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes retries safe") String idempotencyKey,
                           @Context UriInfo uri) {
        Response created = idempotency.create(caller.id(), idempotencyKey, "POST /api/identity/admin/clients", request.normalized(), () -> {
            ApiClientView client = clients.create(request, caller.id());
            return new Created<>(uri.getAbsolutePathBuilder().path(client.clientId()).build(), client)
                    .replayedAs(client.withoutSecret());
        });
        return Response.fromResponse(created).header("Cache-Control", "no-store").build();
    }

    @GET
    @Operation(summary = "List API clients", description = "Oldest first; never shows secrets.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "limit outside 1..100 or negative offset", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad-limit", value = ProblemExamples.BAD_PAGE)))
    public Page<ApiClientView> list(@QueryParam("status") @Parameter(schema = @Schema(implementation = ApiClient.Status.class)) String status,
                                    @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                    @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return clients.list(QueryParams.optionalEnum(ApiClient.Status.class, "status", status), limit, offset);
    }

    @GET
    @Path("/{clientId}")
    @Operation(summary = "One API client")
    @APIResponse(responseCode = "200", description = "The client, without secret", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ApiClientView get(@PathParam("clientId") String clientId) {
        return clients.get(clientId);
    }

    @POST
    @Path("/{clientId}/revoke")
    @Operation(summary = "Revoke an API client", description = "It can get no new tokens; tokens already issued expire on their own.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already revoked", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ApiClientView revoke(@PathParam("clientId") String clientId) {
        return clients.revoke(clientId, caller.id());
    }
}
