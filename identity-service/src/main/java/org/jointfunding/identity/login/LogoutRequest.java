package org.jointfunding.identity.login;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = "{\"refresh_token\":\"k3J6tq3Yb0d0T8mY8xVvN3bq2y9fZC5b0m6rQe1J4hA\"}")
public record LogoutRequest(@NotBlank @JsonProperty("refresh_token") String refreshToken) {
}
