package org.jointfunding.funding.collaborators;


import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.jointfunding.kit.Idempotency;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;

import java.util.UUID;

@Path("/api/funding/applications/{id}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consortium invitations")
@SecurityRequirement(name = "SecurityScheme")
public class ApplicationInvitationResource {

    private final InvitationService invitations;
    private final Idempotency idempotency;
    private final Caller caller;

    public ApplicationInvitationResource(InvitationService invitations, Idempotency idempotency, Caller caller) {
        this.invitations = invitations;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Invite a partner startup by e-mail address to work on the draft (owner only)",
            description = "The startup signed in with that address sees the invitation and accepts or declines it. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Invited (PENDING); Location names the invitation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "400", description = "No e-mail address, or not one")
    @APIResponse(responseCode = "403", description = "A collaborator, not the owner")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's")
    @APIResponse(responseCode = "409", description = "Not a DRAFT; the owner's own address (self-invitation); "
            + "a pending invitation to that address (already-invited); or it already works on the application (already-collaborating)")
    public Response invite(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String key, @Valid @NotNull InvitationRequest request,
                           UriInfo uri) {
        return idempotency.create(caller.id(), key, "POST /api/funding/applications/" + id + "/invitations", request, () -> {
            InvitationView invitation = invitations.invite(id, request);
            return new Created<>(uri.getBaseUriBuilder().path(InvitationResource.class).path(invitation.id().toString()).build(),
                    invitation);
        });
    }

    @GET
    @RolesAllowed({Roles.STARTUP, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "The invitations of an application, newest first")
    @APIResponse(responseCode = "200", description = "A page of invitations")
    @APIResponse(responseCode = "400", description = "Bad paging")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's to read")
    public Page<InvitationView> ofApplication(@PathParam("id") UUID id, @BeanParam @Valid Paging paging) {
        return invitations.ofApplication(id, paging.limit, paging.offset);
    }
}
