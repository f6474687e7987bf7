package org.jointfunding.identity.login;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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
import org.jointfunding.identity.tokens.TokenResponse;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Problem;

/** Password login, password change, password reset with an ADMIN's code, and logout. */
@Path("/api/identity")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Login", description = "Sessions of people")
public class LoginResource {

    static final String CLIENT_ADDRESS = "X-Client-Address";

    private final LoginService login;
    private final PasswordResets resets;
    private final Caller caller;

    public LoginResource(LoginService login, PasswordResets resets, Caller caller) {
        this.login = login;
        this.resets = resets;
        this.caller = caller;
    }

    @POST
    @Path("/login")
    @Operation(summary = "Log in with email and password", description = """
            Returns a short-lived access token and a refresh token (use it at /api/identity/token with \
            grant_type=refresh_token). Wrong passwords for one email from one network start delays that double \
            (429 with Retry-After while one runs, for unknown emails alike); an account is paused only for networks it never \
            signed in from. Every other failure gets the same 401.""")
    @APIResponse(responseCode = "200", description = "Logged in", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing email or password", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many wrong passwords for this email from the caller's network: retry after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "sign-in-delayed", value = """
                            {"type":"/problems/sign-in-delayed","title":"Too many requests","status":429,\
                            "detail":"Too many wrong passwords for this email from your network; try again in 8 s, or ask an administrator \
                            for a password reset code","retryAfterSeconds":8,"instance":"/api/identity/login"}""")))
    @APIResponse(responseCode = "401", description = "Wrong credentials, or the account is paused here or disabled (indistinguishable on purpose)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-credentials", value = """
                            {"type":"/problems/invalid-credentials","title":"Unauthorized","status":401,\
                            "detail":"Wrong email or password, or the account cannot sign in at the moment","instance":"/api/identity/login"}""")))
    public Response login(@Valid @NotNull LoginRequest request, @Context HttpServerRequest connection,
                          @Parameter(hidden = true) @HeaderParam(CLIENT_ADDRESS) String clientAddress) {
        return Response.ok(login.login(request, addressOf(clientAddress, connection))).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("/me/password")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Change the signed-in account's password", description = """
            The current password must be given; a wrong one counts like a failed login (and is delayed the same way). \
            Every session of the account ends (its refresh tokens stop working; access tokens already issued run out \
            within their lifetime) and a new session starts: the answer is the same as a login's.""")
    @APIResponse(responseCode = "200", description = "Changed; a new session", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing fields, or a new password the policy refuses (each listed in errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing, expired or invalid token")
    @APIResponse(responseCode = "429", description = "Too many wrong passwords from the caller's network (/problems/sign-in-delayed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Wrong current password (/problems/wrong-password), or the account is paused here or disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The token is an API client's, which has no password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changePassword(@Valid @NotNull PasswordChange change, @Context HttpServerRequest connection,
                                   @Parameter(hidden = true) @HeaderParam(CLIENT_ADDRESS) String clientAddress) {
        return Response.ok(login.changePassword(caller.id(), change, addressOf(clientAddress, connection))).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("/password-reset")
    @Operation(summary = "Set a new password with a reset code", description = """
            For someone who forgot their password and got a reset code from an ADMIN (case, dashes and spaces in the \
            code do not matter). The code works once. Every session of the account ends, sign-in delays and a pause end too, and a new \
            session starts: the answer is the same as a login's. A wrong, used or expired code, an unknown email and a \
            disabled account all get the same answer.""")
    @APIResponse(responseCode = "200", description = "Password set; a new session", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = """
            The code does not match an outstanding reset for the email (/problems/invalid-reset-code), or missing fields \
            or a new password the policy refuses (/problems/validation; the code stays usable)""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-reset-code", value = """
                            {"type":"/problems/invalid-reset-code","title":"Bad request","status":400,\
                            "detail":"The email and reset code do not match an outstanding password reset (codes work once and expire); \
                            ask an administrator for a new one","instance":"/api/identity/password-reset"}""")))
    public Response resetPassword(@Valid @NotNull PasswordResetRequest request) {
        return Response.ok(resets.reset(request)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /**
     * The gateway's key for the client (its resolved address, an IPv6 one as its /64), which it sets
     * on every request and never passes on from the client; without it (a call from inside the
     * suite's network) the TCP peer.
     */
    private static String addressOf(String clientAddress, HttpServerRequest connection) {
        if (clientAddress != null && !clientAddress.isBlank() && clientAddress.length() <= 64) {
            return clientAddress.strip();
        }
        return connection.remoteAddress().hostAddress();
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Log out", description = "Revokes the refresh token and every token rotated from the same login. Unknown tokens are ignored.")
    @APIResponse(responseCode = "204", description = "Logged out")
    @APIResponse(responseCode = "400", description = "No refresh_token in the body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "validation", value = """
            {"type":"/problems/validation","title":"Invalid input","status":400,"detail":"refresh_token: must not be blank",\
            "errors":[{"field":"refresh_token","message":"must not be blank"}]}""")))
    public void logout(@Valid @NotNull LogoutRequest request) {
        login.logout(request.refreshToken());
    }
}
