package org.jointfunding.identity.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ADMIN's correction of an account: its login email, name or country; a field left out stays as it is (If-Match names the version). */
@Schema(example = "{\"email\":\"aisha@acme.example\"}")
public record AccountUpdate(
        @Email @Size(max = 254) @Schema(description = "The new login email; the password stays") String email,
        @Size(max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String displayName,
        @Schema(description = "ISO 3166-1 alpha-2 country code", examples = "MY") String country) {
}
