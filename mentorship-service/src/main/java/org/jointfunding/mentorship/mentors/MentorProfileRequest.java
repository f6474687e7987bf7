package org.jointfunding.mentorship.mentors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.mentorship.common.Labels;

import java.util.List;

/** What a mentor writes into its profile. */
@Schema(name = "MentorProfileRequest", description = "A mentor's profile as the mentor edits it")
public record MentorProfileRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Dr. Aisha Rahman") String displayName,
        @Size(max = 4000) @Schema(examples = "Built two payment start-ups in Kuala Lumpur") String bio,
        @NotNull @Size(max = 30) @Schema(examples = "[\"payments\", \"fundraising\"]")
        List<@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}") String> tags,
        @NotNull @Size(max = 20) @Schema(examples = "[\"fintech\"]")
        List<@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,59}") String> sectors,
        @NotNull @Size(min = 1, max = 10) @Schema(examples = "[\"en\", \"ms\"]")
        List<@NotNull @Pattern(regexp = "[A-Za-z]{2,3}") String> languages,
        @NotNull @Size(max = 30) @Schema(examples = "[\"MY\", \"SG\"]")
        List<@NotNull @Pattern(regexp = "[A-Za-z]{2}") String> countries,
        @NotBlank @Schema(examples = "Asia/Kuala_Lumpur") String timeZone,
        @NotNull @Min(0) @Max(50) @Schema(examples = "3", description = "Concurrent mentees") Integer capacity,
        @Schema(examples = "true", description = "false pauses the mentor: no new proposals; default true") Boolean active) {

    List<String> normalisedTags() {
        return Labels.normalise(tags);
    }

    List<String> normalisedSectors() {
        return Labels.normalise(sectors);
    }

    List<String> normalisedLanguages() {
        return Labels.normalise(languages);
    }

    List<String> normalisedCountries() {
        return Labels.countries(countries);
    }

    String validTimeZone() {
        return Labels.timeZone("timeZone", timeZone);
    }
}
