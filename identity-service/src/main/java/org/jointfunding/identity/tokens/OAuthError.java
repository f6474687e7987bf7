package org.jointfunding.identity.tokens;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 6749 section 5.2 error of the token endpoint. The token endpoint answers in OAuth's format
 * rather than a problem document, because OAuth client libraries parse exactly this.
 */
public class OAuthError extends RuntimeException {

    private final int status;
    private final String error;

    private OAuthError(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    public static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description);
    }

    public static OAuthError invalidClient(String description) {
        return new OAuthError(401, "invalid_client", description);
    }

    public static OAuthError invalidGrant(String description) {
        return new OAuthError(400, "invalid_grant", description);
    }

    public static OAuthError unsupportedGrantType(String description) {
        return new OAuthError(400, "unsupported_grant_type", description);
    }

    public int status() {
        return status;
    }

    public Body body() {
        return new Body(error, getMessage());
    }

    @Schema(name = "OAuthError", example = "{\"error\":\"invalid_grant\",\"error_description\":\"The refresh token is unknown, expired or revoked\"}")
    public record Body(String error, @JsonProperty("error_description") String errorDescription) {
    }
}
