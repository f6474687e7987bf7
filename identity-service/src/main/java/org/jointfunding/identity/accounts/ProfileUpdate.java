package org.jointfunding.identity.accounts;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person may change about their own account; a field left out stays as it is (If-Match names the version). */
@Schema(example = "{\"displayName\":\"Aisha Rahman-Tehrani\"}")
public record ProfileUpdate(
        @Size(max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String displayName,
        @Schema(description = "ISO 3166-1 alpha-2 country code", examples = "IR") String country) {
}
