package org.jointfunding.mentorship.suggestions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.mentorship.scoring.ScoreItem;

import java.util.List;
import java.util.UUID;

@Schema(name = "Suggestion", description = "A mentor that would suit the request, with the score and why")
public record SuggestionView(
        UUID mentorId,
        @Schema(examples = "Dr. Aisha Rahman") String mentorName,
        @Schema(examples = "81.67") double score,
        List<ScoreItem> explanation) {
}
