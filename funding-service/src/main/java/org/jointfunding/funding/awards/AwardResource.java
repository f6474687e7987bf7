package org.jointfunding.funding.awards;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.funding.common.Reason;
import org.jointfunding.kit.Roles;

import java.util.UUID;

@Path("/api/funding/applications/{id}/award")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
@SecurityRequirement(name = "SecurityScheme")
public class AwardResource {

    private final AwardService awards;

    public AwardResource(AwardService awards) {
        this.awards = awards;
    }

    @GET
    @RolesAllowed({Roles.STARTUP, Roles.AGENCY_ADMIN, Roles.ADMIN})
    @Operation(summary = "Each co-funding agency's decision on its share")
    @APIResponse(responseCode = "200", description = "The award's state")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's to read")
    public AwardView get(@PathParam("id") UUID id) {
        return awards.get(id);
    }

    @POST
    @Path("/approve")
    @RolesAllowed(Roles.AGENCY_ADMIN)
    @Operation(summary = "Approve the caller's agency's share", description = "Commits the share against the agency's budget in the call; when every agency asked has approved, the application is AWARDED and an ApplicationAwarded event is queued for mentorship.")
    @APIResponse(responseCode = "200", description = "The award's state after the approval")
    @APIResponse(responseCode = "403", description = "Not an administrator of a co-funding agency")
    @APIResponse(responseCode = "404", description = "No such application, or not visible")
    @APIResponse(responseCode = "409", description = "Not under review, not ranked, disqualified, already decided, nothing asked of this agency, or budget exceeded (remaining given)")
    public AwardView approve(@PathParam("id") UUID id, @Valid Reason reason) {
        return awards.approve(id, Reason.of(reason));
    }

    @POST
    @Path("/refuse")
    @RolesAllowed(Roles.AGENCY_ADMIN)
    @Operation(summary = "Refuse the caller's agency's share (reason required)", description = "One refusal REJECTS the application and releases shares already approved.")
    @APIResponse(responseCode = "200", description = "The award's state after the refusal")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "403", description = "Not an administrator of a co-funding agency")
    @APIResponse(responseCode = "404", description = "No such application, or not visible")
    @APIResponse(responseCode = "409", description = "Not under review, already decided, or nothing asked of this agency")
    public AwardView refuse(@PathParam("id") UUID id, @Valid Reason reason) {
        return awards.refuse(id, Reason.of(reason));
    }
}
