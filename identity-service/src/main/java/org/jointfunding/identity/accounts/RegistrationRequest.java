package org.jointfunding.identity.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.identity.common.Role;

/** Self-registration of a STARTUP or MENTOR. */
@Schema(example = """
        {"email":"founder@acme.example","displayName":"Aisha Rahman","country":"MY",\
        "password":"correct horse battery staple","role":"STARTUP"}""")
public record RegistrationRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Schema(description = "ISO 3166-1 alpha-2 country code", example = "MY") String country,
        @NotNull @Schema(description = "12 to 128 characters, not containing the email") String password,
        @NotNull @Schema(description = "STARTUP or MENTOR; other roles are granted by an ADMIN") Role role) {
}
