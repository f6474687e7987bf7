package org.jointfunding.identity.accounts;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.jointfunding.identity.common.IdempotencyKeys;
import org.jointfunding.identity.common.ProblemExamples;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Problem;

import java.net.URI;

/** Self-registration and the caller's own account. */
@Path("/api/identity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Registration and the signed-in account")
public class AccountResource {

    private final AccountService accounts;
    private final Caller caller;

    public AccountResource(AccountService accounts, Caller caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register as a STARTUP or MENTOR", description = "Emails are unique regardless of case. A retry with the same Idempotency-Key and email returns the account made the first time.")
    @APIResponse(responseCode = "201", description = "Registered; Location is the account's admin URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (each listed in errors)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "validation", value = ProblemExamples.VALIDATION)))
    @APIResponse(responseCode = "409", description = "Email already registered", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "email-taken",
            value = "{\"type\":\"/problems/email-taken\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"An account with this email already exists\",\"field\":\"email\"}")))
    public Response register(@Valid @NotNull RegistrationRequest request,
                             @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = "Makes retries safe") String idempotencyKey) {
        IdempotencyKeys.Outcome<AccountView> outcome = accounts.register(request, idempotencyKey);
        Response.ResponseBuilder response = Response.created(URI.create("/api/identity/admin/accounts/" + outcome.value().id()))
                .entity(outcome.value());
        return (outcome.replayed() ? response.header(IdempotencyKeys.REPLAYED_HEADER, "true") : response).build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "The signed-in account")
    @APIResponse(responseCode = "200", description = "The caller's account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "401", description = "Missing, expired or invalid token")
    @APIResponse(responseCode = "404", description = "The token is an API client's, which has no account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = ProblemExamples.NOT_FOUND)))
    public AccountView me() {
        return accounts.me(caller.id());
    }

    @PATCH
    @Path("/me")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Change the signed-in account's display name or country", description = """
            Fields left out stay as they are; email, roles and agency are not the account's own to change. Tokens \
            issued from now on carry the new name and country; tokens already issued keep the old ones until they expire.""")
    @APIResponse(responseCode = "200", description = "The updated account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "A blank or too long name, an unknown country, or no version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing, expired or invalid token")
    @APIResponse(responseCode = "404", description = "The token is an API client's, which has no account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version: the account changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountView updateMe(@Valid @NotNull ProfileUpdate update) {
        return accounts.updateProfile(caller.id(), update);
    }
}
