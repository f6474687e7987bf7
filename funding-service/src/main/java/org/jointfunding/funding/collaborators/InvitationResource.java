package org.jointfunding.funding.collaborators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.funding.common.Paging;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;

import java.util.UUID;

@Path("/api/funding/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consortium invitations")
@SecurityRequirement(name = "SecurityScheme")
public class InvitationResource {

    private final InvitationService invitations;

    public InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GET
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "The invitations addressed to the caller's e-mail address, newest first")
    @APIResponse(responseCode = "200", description = "A page of invitations")
    @APIResponse(responseCode = "400", description = "Bad status or paging")
    public Page<InvitationView> mine(
            @QueryParam("status") @Pattern(regexp = "PENDING|ACCEPTED|DECLINED|REVOKED|EXPIRED|ENDED",
                    message = "must be one of PENDING, ACCEPTED, DECLINED, REVOKED, EXPIRED, ENDED") String status,
            @BeanParam @Valid Paging paging) {
        return invitations.mine(status == null ? null : InvitationStatus.valueOf(status), paging.limit, paging.offset);
    }

    @GET
    @Path("/{invitationId}")
    @RolesAllowed({Roles.STARTUP, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "One invitation: for the startup it is addressed to, and whoever may read its application")
    @APIResponse(responseCode = "200", description = "The invitation")
    @APIResponse(responseCode = "404", description = "No such invitation, or not visible to the caller")
    public InvitationView one(@PathParam("invitationId") UUID invitationId) {
        return invitations.one(invitationId);
    }

    @POST
    @Path("/{invitationId}/accept")
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Accept an invitation addressed to the caller: it becomes a collaborator on the draft")
    @APIResponse(responseCode = "200", description = "ACCEPTED")
    @APIResponse(responseCode = "404", description = "No such invitation to the caller's address")
    @APIResponse(responseCode = "409", description = "Already answered, revoked or expired, or the caller already works on the application")
    public InvitationView accept(@PathParam("invitationId") UUID invitationId) {
        return invitations.accept(invitationId);
    }

    @POST
    @Path("/{invitationId}/decline")
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Decline an invitation addressed to the caller")
    @APIResponse(responseCode = "200", description = "DECLINED")
    @APIResponse(responseCode = "404", description = "No such invitation to the caller's address")
    @APIResponse(responseCode = "409", description = "Already answered, revoked or expired")
    public InvitationView decline(@PathParam("invitationId") UUID invitationId) {
        return invitations.decline(invitationId);
    }

    @POST
    @Path("/{invitationId}/revoke")
    @RolesAllowed(Roles.STARTUP)
    @Operation(summary = "Take back an invitation nobody has answered yet (owner only)")
    @APIResponse(responseCode = "200", description = "REVOKED")
    @APIResponse(responseCode = "403", description = "A collaborator, not the owner")
    @APIResponse(responseCode = "404", description = "No such invitation, or not the caller's application")
    @APIResponse(responseCode = "409", description = "Already answered, revoked or expired")
    public InvitationView revoke(@PathParam("invitationId") UUID invitationId) {
        return invitations.revoke(invitationId);
    }
}
