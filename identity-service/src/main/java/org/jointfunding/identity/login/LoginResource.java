package org.jointfunding.identity.login;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.identity.tokens.TokenResponse;
import org.jointfunding.kit.Problem;

/** Password login, password change, password reset with an ADMIN's code, and logout. */
@Path("/api/identity")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Login", description = "Sessions of people")
public class LoginResource {

    private final LoginService login;
    private final PasswordResets resets;
    private final JsonWebToken caller;

    public LoginResource(LoginService login, PasswordResets resets, JsonWebToken caller) {
        this.login = login;
        this.resets = resets;
        this.caller = caller;
    }

    @POST
    @Path("/login")
    @Operation(summary = "Log in with email and password", description = """
            Returns a short-lived access token and a refresh token (use it at /api/identity/token with \
            grant_type=refresh_token). Repeated failures lock the account for a while; every failure gets the same answer.""")
    @APIResponse(responseCode = "200", description = "Logged in", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing email or password", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Wrong credentials, or the account is locked or disabled (indistinguishable on purpose)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-credentials", value = """
                            {"type":"/problems/invalid-credentials","title":"Unauthorized","status":401,\
                            "detail":"Wrong email or password, or the account cannot sign in at the moment","instance":"/api/identity/login"}""")))
    public Response login(@Valid @NotNull LoginRequest request) {
        return Response.ok(login.login(request)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("/me/password")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Change the signed-in account's password", description = """
            The current password must be given; a wrong one counts towards the lockout like a failed login. \
            Every session of the account ends (its refresh tokens stop working; access tokens already issued run out \
            within their lifetime) and a new session starts: the answer is the same as a login's.""")
    @APIResponse(responseCode = "200", description = "Changed; a new session", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing fields, or a new password the policy refuses (each listed in errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing, expired or invalid token")
    @APIResponse(responseCode = "403", description = "Wrong current password (/problems/wrong-password), or the account is locked or disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The token is an API client's, which has no password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changePassword(@Valid @NotNull PasswordChange change) {
        return Response.ok(login.changePassword(caller.getSubject(), change)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("/password-reset")
    @Operation(summary = "Set a new password with a reset code", description = """
            For someone who forgot their password and got a reset code from an ADMIN (case, dashes and spaces in the \
            code do not matter). The code works once. Every session of the account ends, a lockout ends too, and a new \
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
