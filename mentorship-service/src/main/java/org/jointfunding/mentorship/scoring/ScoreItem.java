package org.jointfunding.mentorship.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one criterion added to a score, and why. */
@Schema(description = "One criterion's contribution to a match score")
public record ScoreItem(
        @Schema(examples = "tags") String criterion,
        @Schema(examples = "26.67") double points,
        @Schema(examples = "2 of 3 needs in the mentor's expertise: fintech, payments") String detail) {
}
