package org.jointfunding.funding.collaborators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;

import java.util.UUID;

@Path("/api/funding/applications/{id}/collaborators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collaborators")
@SecurityRequirement(name = "SecurityScheme")
public class CollaboratorResource {

    private final CollaboratorService collaborators;

    public CollaboratorResource(CollaboratorService collaborators) {
        this.collaborators = collaborators;
    }

    @GET
    @RolesAllowed({Roles.STARTUP, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "The partner startups that work on this application",
            description = "Each with the address it was invited at and its name when it accepted; oldest first. Partners join by invitation (/invitations).")
    @APIResponse(responseCode = "200", description = "All of them")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's to read")
    public Page<CollaboratorView> list(@PathParam("id") UUID id) {
        return collaborators.list(id);
    }

    @DELETE
    @Path("/{startupId}")
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Remove a partner (owner), or leave (the partner itself)")
    @APIResponse(responseCode = "204", description = "Removed, or left")
    @APIResponse(responseCode = "403", description = "Neither the owner nor the partner itself")
    @APIResponse(responseCode = "404", description = "No such application or collaborator")
    public void remove(@PathParam("id") UUID id, @PathParam("startupId") String startupId) {
        collaborators.remove(id, startupId);
    }
}
