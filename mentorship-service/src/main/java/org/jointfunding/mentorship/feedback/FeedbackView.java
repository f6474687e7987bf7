package org.jointfunding.mentorship.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Feedback")
public record FeedbackView(UUID id, UUID matchId,
                           @Schema(examples = "STARTUP", description = "STARTUP rates the mentor; MENTOR rates the startup") FeedbackSide side,
                           String authorId, @Schema(examples = "5") int rating,
                           @Schema(examples = "Clear, practical advice every session") String comment, Instant createdAt) {

    static FeedbackView of(Feedback f) {
        return new FeedbackView(f.id, f.matchId, f.authorSide, f.authorId, f.rating, f.comment, f.createdAt);
    }
}
