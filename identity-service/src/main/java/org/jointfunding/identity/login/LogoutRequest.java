package org.jointfunding.identity.login;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = "{\"refresh_token\":\"k3J6tq3Yb0d0T8mY8xVvN3bq2y9fZC5b0m6rQe1J4hA\"}")
/** Validated in {@link LoginService#logout} so the field error names the JSON field, refresh_token. */
public record LogoutRequest(@JsonProperty("refresh_token") @Schema(required = true) String refreshToken) {
}
