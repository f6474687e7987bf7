package org.jointfunding.mentorship.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The data of an ApplicationAwarded event (funding-service's), as mentorship takes it. */
@Schema(name = "ApplicationAwarded")
public record ApplicationAwarded(
        @NotNull UUID applicationId,
        UUID callId,
        @Size(max = 500) String callTitle,
        @Size(max = 500) String applicationTitle,
        @NotBlank @Size(max = 100) String startupId,
        @Size(max = 200) @Schema(description = "The consortium lead's name") String startupName,
        @Size(min = 2, max = 2) @Schema(description = "The consortium lead's country") String startupCountry,
        @Size(max = 20) @Schema(description = "The call's sectors") List<@NotBlank @Size(max = 60) String> sectors,
        @Size(max = 60) @Schema(description = "The sector the application is in, one of the call's") String sector,
        @Size(max = 20) @Schema(description = "What the startup wants from a mentor")
        List<@NotBlank @Size(max = 40) String> mentoringNeeds,
        @Size(max = 10) @Schema(description = "The languages the team works in")
        List<@NotBlank @Size(min = 2, max = 3) String> languages,
        @Size(max = 30) List<@NotBlank @Size(min = 2, max = 2) String> consortiumCountries) {
}
