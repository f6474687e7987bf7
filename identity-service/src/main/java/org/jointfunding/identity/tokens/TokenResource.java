package org.jointfunding.identity.tokens;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.Problem;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The OAuth 2.0 token endpoint (RFC 6749): client_credentials for scripts, refresh_token for everyone. */
@Path("/api/identity/token")
@Tag(name = "Tokens", description = "OAuth 2.0 token endpoint")
public class TokenResource {

    private final TokenGrants grants;

    public TokenResource(TokenGrants grants) {
        this.grants = grants;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get an access token", description = """
            grant_type=client_credentials: the API client authenticates with HTTP Basic (client_id:client_secret) \
            or with client_id and client_secret form fields; no refresh token is issued.
            grant_type=refresh_token: exchanges a refresh token for a new access token and a new refresh token; \
            the old one is spent, and presenting a spent one revokes the whole session.""")
    @APIResponse(responseCode = "200", description = "Token issued", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenResponse.class),
            examples = @ExampleObject(name = "client_credentials", value = "{\"access_token\":\"eyJraWQiOi...\",\"token_type\":\"Bearer\",\"expires_in\":900}")))
    @APIResponse(responseCode = "400", description = "invalid_request, invalid_grant or unsupported_grant_type (a form of more than 1,000 fields: RFC 9457 problem /problems/too-many-form-fields)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthError.Body.class),
                    examples = @ExampleObject(name = "invalid_grant", value = "{\"error\":\"invalid_grant\",\"error_description\":\"The refresh token is unknown, expired or revoked\"}")))
    @APIResponse(responseCode = "401", description = "invalid_client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthError.Body.class),
                    examples = @ExampleObject(name = "invalid_client", value = "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")))
    @APIResponse(responseCode = "413", description = "A form field over 2 KiB, or a body over the limit (RFC 9457 problem /problems/payload-too-large)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response token(@FormParam("grant_type") @Schema(enumeration = {"client_credentials", "refresh_token"}) String grantType,
                          @FormParam("client_id") String clientId,
                          @FormParam("client_secret") String clientSecret,
                          @FormParam("refresh_token") String refreshToken,
                          @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        try {
            TokenResponse response = switch (grantType == null ? "" : grantType) {
                case "client_credentials" -> {
                    BasicCredentials basic = BasicCredentials.parse(authorization);
                    if (basic != null && (clientId != null || clientSecret != null)) {
                        throw OAuthError.invalidRequest("Use either HTTP Basic or client_id/client_secret form fields, not both");
                    }
                    yield basic != null ? grants.clientCredentials(basic.id(), basic.secret())
                            : grants.clientCredentials(clientId, clientSecret);
                }
                case "refresh_token" -> grants.refresh(refreshToken);
                case "" -> throw OAuthError.invalidRequest("grant_type is required");
                default -> throw OAuthError.unsupportedGrantType("Supported grant types: client_credentials, refresh_token");
            };
            return noStore(Response.ok(response, MediaType.APPLICATION_JSON_TYPE)).build();
        } catch (OAuthError e) {
            Response.ResponseBuilder error = noStore(Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(e.body()));
            if (e.status() == 401) {
                error.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"identity\"");
            }
            return error.build();
        }
    }

    private static Response.ResponseBuilder noStore(Response.ResponseBuilder builder) {
        return builder.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache");
    }

    /** RFC 6749 2.3.1: client id and secret are form-urlencoded, then joined with ':' and base64-encoded. */
    record BasicCredentials(String id, String secret) {
        static BasicCredentials parse(String authorization) {
            if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return null;
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthError.invalidClient("Malformed HTTP Basic credentials");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw OAuthError.invalidClient("Malformed HTTP Basic credentials");
            }
            return new BasicCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
        }
    }
}
