package org.jointfunding.mentorship.runs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "MatchingRunRequest")
public record RunRequest(
        @Schema(description = "Only this program's open requests and opted-in mentors; omit for open mentoring and all programs")
        UUID programId,
        @Min(1) @Max(100000) @Schema(examples = "50", description = "Best mentors kept per request before solving; default portal.matching.prune-k")
        Integer k) {
}
