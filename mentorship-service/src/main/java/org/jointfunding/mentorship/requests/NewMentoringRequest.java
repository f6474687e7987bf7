package org.jointfunding.mentorship.requests;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What a startup asks for. */
@Schema(name = "NewMentoringRequest")
public record NewMentoringRequest(
        @Schema(description = "Apply to this program; omit for open mentoring") UUID programId,
        @NotNull @Size(min = 1, max = 20) @Schema(examples = "[\"payments\", \"fundraising\"]")
        List<@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}") String> needs,
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,59}") @Schema(examples = "fintech") String sector,
        @Size(max = 10) @Schema(examples = "[\"en\", \"ms\"]")
        List<@NotNull @Pattern(regexp = "[A-Za-z]{2,3}") String> languages,
        @Pattern(regexp = "[A-Za-z]{2}") @Schema(examples = "MY") String country,
        @Schema(examples = "Asia/Kuala_Lumpur") String timeZone,
        @Size(max = 4000) @Schema(examples = "We need help preparing our seed round") String description) {
}
