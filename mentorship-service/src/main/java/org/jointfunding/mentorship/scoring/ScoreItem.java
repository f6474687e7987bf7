package org.jointfunding.mentorship.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What one criterion added to a score, out of what it could have, and why. */
@Schema(description = "One criterion's contribution to a match score")
public record ScoreItem(
        @Schema(examples = "tags", enumeration = {"tags", "sector", "language", "location", "load"}) String criterion,
        @Schema(examples = "26.67") double points,
        @Schema(description = "The most this criterion can add", examples = "40") double maxPoints,
        @Schema(description = "What the request and the mentor have in common on this criterion: shared needs, the sector, "
                + "shared languages, the country", examples = "[\"fundraising\", \"payments\"]") List<String> matched,
        @Schema(examples = "2 of 3 needs in the mentor's expertise: fundraising, payments") String detail) {
}
