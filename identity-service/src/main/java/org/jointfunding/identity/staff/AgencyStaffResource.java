package org.jointfunding.identity.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.identity.accounts.AccountService;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Problem;
import org.jointfunding.kit.Roles;


/** Who works for an agency, so that its admin can assign reviewers without an ADMIN's help. */
@Path("/api/identity/agencies/{code}/reviewers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENCY_ADMIN, Roles.ADMIN})
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "Agency staff", description = "An agency's reviewers, for its AGENCY_ADMINs")
@APIResponse(responseCode = "401", description = "Missing, expired or invalid token")
@APIResponse(responseCode = "403", description = "Not an ADMIN, nor an AGENCY_ADMIN of this agency",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AgencyStaffResource {

    private final Caller caller;
    private final AccountService accounts;

    public AgencyStaffResource(Caller caller, AccountService accounts) {
        this.caller = caller;
        this.accounts = accounts;
    }

    @GET
    @Operation(summary = "List an agency's reviewers",
            description = "Accounts holding REVIEWER for this agency that can sign in now (not disabled, not locked), sorted by name.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<StaffMember> reviewers(@PathParam("code") String code,
                                       @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(100) int limit,
                                       @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        if (!caller.isAdmin() && !caller.agency().map(code::equals).orElse(false)) {
            throw ApiProblem.forbidden("an AGENCY_ADMIN sees the reviewers of its own agency only");
        }
        return accounts.reviewersOf(code, limit, offset).map(a -> new StaffMember(a.id, a.displayName, a.email, a.country));
    }
}
