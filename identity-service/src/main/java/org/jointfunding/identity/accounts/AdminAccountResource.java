package org.jointfunding.identity.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.jointfunding.identity.common.Role;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.CsvExport;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Problem;
import org.jointfunding.kit.Roles;

import java.util.UUID;

/** What ADMINs do to accounts: list, export, correct, roles, disable/enable, unlock. */
@Path("/api/identity/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "Account administration", description = "ADMIN only")
@APIResponse(responseCode = "401", description = "Missing, expired or invalid token")
@APIResponse(responseCode = "403", description = "Caller is not an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = ProblemExamples.FORBIDDEN)))
public class AdminAccountResource {

    private final AccountService accounts;
    private final Caller caller;

    public AdminAccountResource(AccountService accounts, Caller caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List accounts", description = "Sorted by email; filter by part of the email, a role, a status.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "limit outside 1..100 or negative offset", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad-limit", value = ProblemExamples.BAD_PAGE)))
    public Page<AccountView> list(@QueryParam("email") @Parameter(description = "Part of the email, any case") String email,
                                  @QueryParam("role") @Parameter(schema = @Schema(implementation = Role.class)) String role,
                                  @QueryParam("status") @Parameter(schema = @Schema(implementation = AccountStatus.class)) String status,
                                  @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                  @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return accounts.list(email, QueryParams.optionalEnum(Role.class, "role", role),
                QueryParams.optionalEnum(AccountStatus.class, "status", status), limit, offset);
    }

    @GET
    @Path("/export")
    @Produces(CsvExport.MEDIA_TYPE)
    @Operation(summary = "Export accounts as CSV", description = "Every account that matches the filters, sorted by email, streamed.")
    @APIResponse(responseCode = "200", description = "CSV with a header row: id, email, displayName, country, roles (space-separated), agency, status, createdAt")
    @APIResponse(responseCode = "400", description = "Unknown role or status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response export(@QueryParam("email") @Parameter(description = "Part of the email, any case") String email,
                           @QueryParam("role") @Parameter(schema = @Schema(implementation = Role.class)) String role,
                           @QueryParam("status") @Parameter(schema = @Schema(implementation = AccountStatus.class)) String status) {
        return CsvExport.attachment("accounts.csv", AccountView.CSV_HEADER, accounts.exporter(email,
                QueryParams.optionalEnum(Role.class, "role", role), QueryParams.optionalEnum(AccountStatus.class, "status", status),
                CsvExport.pageSize()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account")
    @APIResponse(responseCode = "200", description = "The account; ETag carries its version (If-Match of the edits)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = ProblemExamples.NOT_FOUND)))
    public Response get(@PathParam("id") UUID id) {
        return AccountResource.withETag(accounts.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an account's email, name or country", description = """
            For a typo or a new address: the person signs in with the new email and the same password; tokens \
            issued from now on carry the new values. Fields left out stay as they are. Send If-Match with the \
            account's ETag (428 without it, 412 when the account changed since).""")
    @APIResponse(responseCode = "200", description = "The updated account; ETag carries its new version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "A malformed email, a blank or too long name, or an unknown country",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The email belongs to another account (/problems/email-taken), or another request changed the account at the same moment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "stale-version", value = ProblemExamples.STALE_VERSION)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition-required", value = ProblemExamples.PRECONDITION_REQUIRED)))
    public Response update(@PathParam("id") UUID id, @Valid @NotNull AccountUpdate update,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The account's ETag as read") String ifMatch) {
        return AccountResource.withETag(accounts.updateAccount(id, update, ifMatch, caller.id()));
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an account's roles", description = """
            Replaces the roles; REVIEWER and AGENCY_ADMIN need an agency code. The last enabled ADMIN cannot lose ADMIN. \
            Send If-Match with the account's ETag (428 without it, 412 when the account changed since).""")
    @APIResponse(responseCode = "200", description = "New roles; ETag carries the account's new version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "Invalid roles or agency", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It would remove the last ADMIN, or another request changed the account at the same moment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "last-admin", value = """
            {"type":"/problems/last-admin","title":"Conflict","status":409,"detail":"This is the last enabled ADMIN; grant ADMIN to someone else first"}""")))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "stale-version", value = ProblemExamples.STALE_VERSION)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition-required", value = ProblemExamples.PRECONDITION_REQUIRED)))
    public Response grantRoles(@PathParam("id") UUID id, @Valid @NotNull RoleGrant grant,
                               @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The account's ETag as read") String ifMatch) {
        return AccountResource.withETag(accounts.grantRoles(id, grant, ifMatch, caller.id()));
    }

    @POST
    @Path("/{id}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable an account", description = "It can no longer log in or refresh; its sessions are revoked.")
    @APIResponse(responseCode = "200", description = "Disabled; ETag carries the account's new version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already disabled, or the last ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "illegal-transition", value = ProblemExamples.ILLEGAL_TRANSITION)))
    public Response disable(@PathParam("id") UUID id, @Valid StatusChange change) {
        return AccountResource.withETag(accounts.disable(id, change, caller.id()));
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-enable a disabled account")
    @APIResponse(responseCode = "200", description = "Enabled; ETag carries the account's new version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not disabled", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "illegal-transition", value = ProblemExamples.ILLEGAL_TRANSITION)))
    public Response enable(@PathParam("id") UUID id, @Valid StatusChange change) {
        return AccountResource.withETag(accounts.enable(id, change, caller.id()));
    }

    @POST
    @Path("/{id}/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a lockout early", description = "For an account locked after repeated failed logins.")
    @APIResponse(responseCode = "200", description = "Unlocked; ETag carries the account's new version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not locked", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response unlock(@PathParam("id") UUID id, @Valid StatusChange change) {
        return AccountResource.withETag(accounts.unlock(id, change, caller.id()));
    }
}
