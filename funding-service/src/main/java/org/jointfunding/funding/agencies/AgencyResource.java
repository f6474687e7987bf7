package org.jointfunding.funding.agencies;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.funding.common.Paging;
import jakarta.ws.rs.core.UriInfo;
import org.jointfunding.kit.Created;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Idempotency;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;

@Path("/api/funding/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies")
public class AgencyResource {

    private final AgencyService agencies;
    private final Idempotency idempotency;
    private final Caller caller;

    public AgencyResource(AgencyService agencies, Idempotency idempotency, Caller caller) {
        this.agencies = agencies;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "List agencies (public), sorted by code")
    @APIResponse(responseCode = "200", description = "A page of agencies")
    @APIResponse(responseCode = "400", description = "limit or offset out of range")
    public Page<AgencyView> list(@BeanParam @Valid Paging paging) {
        return agencies.list(paging.limit, paging.offset);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "Read one agency (public)")
    @APIResponse(responseCode = "200", description = "The agency; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "404", description = "No such agency")
    public Response get(@PathParam("code") String code) {
        AgencyView view = agencies.get(code);
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Create an agency (ADMIN)")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (unknown country or currency, bad code)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an ADMIN")
    @APIResponse(responseCode = "409", description = "Code already taken")
    public Response create(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull AgencyRequest request, UriInfo uri) {
        return idempotency.create(caller.id(), key, "POST /api/funding/agencies", request, () -> {
            AgencyView agency = agencies.create(caller.id(), request);
            return new Created<>(uri.getAbsolutePathBuilder().path(agency.code()).build(), agency, ETags.of(agency.version()));
        });
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Update an agency (ADMIN); If-Match required")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull AgencyRequest request) {
        AgencyView view = agencies.update(caller.id(), code, ifMatch, request);
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }
}
