package org.jointfunding.identity.login;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.identity.accounts.StatusChange;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Problem;
import org.jointfunding.kit.Roles;

import java.util.UUID;

/** An ADMIN's side of a forgotten password: issue a one-time reset code, or cancel it. */
@Path("/api/identity/admin/accounts/{id}/password-reset")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "Account administration", description = "ADMIN only")
@APIResponse(responseCode = "401", description = "Missing, expired or invalid token")
@APIResponse(responseCode = "403", description = "Caller is not an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
public class PasswordResetResource {

    private final PasswordResets resets;
    private final Caller caller;

    public PasswordResetResource(PasswordResets resets, Caller caller) {
        this.resets = resets;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a password-reset code", description = """
            For someone who forgot their password. The code is shown only in this answer: give it to the person by a \
            channel you trust. With it they set a new password at POST /api/identity/password-reset, once, before \
            expiresAt (portal.password-reset-ttl, a day by default). Issuing again replaces the earlier code. The old \
            password keeps working until the reset is used.""")
    @APIResponse(responseCode = "200", description = "The code", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResetCodeIssued.class)))
    @APIResponse(responseCode = "400", description = "Reason too long", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The account is disabled (/problems/account-disabled)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@PathParam("id") UUID id, @Valid StatusChange change) {
        ResetCodeIssued issued = resets.issue(id, change == null ? null : change.reason(), caller.id());
        return Response.ok(issued).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an outstanding password-reset code", description = "For a code issued by mistake or given to the wrong person.")
    @APIResponse(responseCode = "204", description = "Cancelled: the code no longer works")
    @APIResponse(responseCode = "400", description = "Reason too long", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such account, or no outstanding code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public void cancel(@PathParam("id") UUID id, @Valid StatusChange change) {
        resets.cancel(id, change == null ? null : change.reason(), caller.id());
    }
}
