package org.jointfunding.funding.agencies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An agency to create or update (code is ignored on update)")
public record AgencyRequest(
        @Schema(examples = "MY-MIDA") @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}", message = "must be 2-32 capitals, digits or dashes") String code,
        @Schema(examples = "Malaysian Investment Development Authority") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "MY", description = "ISO 3166 alpha-2") @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String country,
        @Schema(examples = "MYR", description = "ISO 4217") @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
}
