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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.identity.common.ProblemExamples;
import org.jointfunding.identity.common.Sha256;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Created;
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Idempotency;
import org.jointfunding.kit.Problem;

import java.net.URI;

/** Self-registration and the caller's own account. */
@Path("/api/identity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Registration and the signed-in account")
public class AccountResource {

    private final AccountService accounts;
    private final Caller caller;
    private final Idempotency idempotency;

    public AccountResource(AccountService accounts, Caller caller, Idempotency idempotency) {
        this.accounts = accounts;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register as a STARTUP or MENTOR", description = """
            Emails are unique regardless of case. A retry with the same Idempotency-Key and email returns the account \
            made the first time (Idempotent-Replayed: true), as it was then; the same key and email with other fields \
            is a 422 (/problems/idempotency-key-reused). The password is left out of that comparison, so that no \
            unsalted hash of it is ever stored.""")
    @APIResponse(responseCode = "201", description = "Registered; Location is the account's admin URL, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (each listed in errors)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "validation", value = ProblemExamples.VALIDATION)))
    @APIResponse(responseCode = "409", description = "Email already registered", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "email-taken",
            value = "{\"type\":\"/problems/email-taken\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"An account with this email already exists\",\"field\":\"email\"}")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used with this email and other fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "idempotency-key-reused", value = ProblemExamples.IDEMPOTENCY_KEY_REUSED)))
    public Response register(@Valid @NotNull RegistrationRequest request,
                             @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes retries safe") String idempotencyKey,
                             @Context UriInfo uri) {
        Registration registration = accounts.prepare(request); // Argon2 first, outside the create's transaction
        // anonymous: the key belongs to the email (hashed, to fit the key store and keep no address there)
        String registrant = "register:" + Sha256.hex(registration.details().email());
        return idempotency.create(registrant, idempotencyKey, "POST /api/identity/register", registration.details(), () -> {
            AccountView account = accounts.register(registration);
            // the account's own URL is an ADMIN's (there is no /register/{id})
            URI location = uri.getBaseUriBuilder().path(AdminAccountResource.class).path(account.id().toString()).build();
            return new Created<>(location, account, ETags.of(account.version()));
        });
    }

    @GET
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "The signed-in account")
    @APIResponse(responseCode = "200", description = "The caller's account; ETag carries its version (send it as If-Match to PATCH /api/identity/me)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "401", description = "Missing, expired or invalid token")
    @APIResponse(responseCode = "404", description = "The token is an API client's, which has no account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = ProblemExamples.NOT_FOUND)))
    public Response me() {
        return withETag(accounts.me(caller.id()));
    }

    @PATCH
    @Path("/me")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Change the signed-in account's display name or country", description = """
            Send If-Match with the ETag of GET /api/identity/me (428 without it, 412 when the account changed since). \
            Fields left out stay as they are; email, roles and agency are not the account's own to change. Tokens \
            issued from now on carry the new name and country; tokens already issued keep the old ones until they expire.""")
    @APIResponse(responseCode = "200", description = "The updated account; ETag carries its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "A blank or too long name, or an unknown country",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing, expired or invalid token")
    @APIResponse(responseCode = "404", description = "The token is an API client's, which has no account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed by another request at the same moment (/problems/concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version: the account changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale-version", value = ProblemExamples.STALE_VERSION)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "precondition-required", value = ProblemExamples.PRECONDITION_REQUIRED)))
    public Response updateMe(@Valid @NotNull ProfileUpdate update,
                             @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The account's ETag as read") String ifMatch) {
        return withETag(accounts.updateProfile(caller.id(), update, ifMatch));
    }

    /** The account with its version as ETag, for the next edit's If-Match. */
    static Response withETag(AccountView account) {
        return Response.ok(account).tag(ETags.tag(account.version())).build();
    }
}
