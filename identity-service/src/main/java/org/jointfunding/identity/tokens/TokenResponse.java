package org.jointfunding.identity.tokens;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 6749 section 5.1 access token response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(example = """
        {"access_token":"eyJraWQiOiJxMFhING8wbnE2dzZtMWNYIiwiYWxnIjoiUlMyNTYifQ...","token_type":"Bearer",\
        "expires_in":900,"refresh_token":"k3J6tq3Yb0d0T8mY8xVvN3bq2y9fZC5b0m6rQe1J4hA"}""")
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") @Schema(description = "Seconds until the access token expires") long expiresIn,
        @JsonProperty("refresh_token") @Schema(description = "Absent for client_credentials") String refreshToken) {

    public static TokenResponse bearer(String accessToken, long expiresIn, String refreshToken) {
        return new TokenResponse(accessToken, "Bearer", expiresIn, refreshToken);
    }
}
