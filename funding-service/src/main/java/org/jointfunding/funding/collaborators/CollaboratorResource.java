package org.jointfunding.funding.collaborators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.funding.common.Caller;
import org.jointfunding.funding.common.Idempotency;
import org.jointfunding.funding.common.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/funding/applications/{id}/collaborators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Collaborators")
@SecurityRequirement(name = "SecurityScheme")
public class CollaboratorResource {

    private final CollaboratorService collaborators;
    private final Idempotency idempotency;
    private final Caller caller;

    public CollaboratorResource(CollaboratorService collaborators, Idempotency idempotency, Caller caller) {
        this.collaborators = collaborators;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STARTUP, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "The startups invited to edit this application")
    @APIResponse(responseCode = "200", description = "Their account ids, sorted")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's to read")
    public List<String> list(@PathParam("id") UUID id) {
        return collaborators.list(id);
    }

    @POST
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Invite a partner startup to edit the draft (owner only)", description = "Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Invited")
    @APIResponse(responseCode = "400", description = "No startupId")
    @APIResponse(responseCode = "403", description = "Not the owner")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's")
    @APIResponse(responseCode = "409", description = "Not a DRAFT, or already collaborating")
    public Response invite(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String key, @Valid @NotNull Invitation invitation) {
        return idempotency.create(caller.id(), key, "POST /api/funding/applications/" + id + "/collaborators", invitation,
                () -> collaborators.invite(id, invitation.startupId()));
    }

    @DELETE
    @Path("/{startupId}")
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Remove a collaborator (owner only)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not the owner")
    @APIResponse(responseCode = "404", description = "No such application or collaborator")
    public void remove(@PathParam("id") UUID id, @PathParam("startupId") String startupId) {
        collaborators.remove(id, startupId);
    }
}
