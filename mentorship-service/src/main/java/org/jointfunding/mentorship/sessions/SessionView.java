package org.jointfunding.mentorship.sessions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Session")
public record SessionView(UUID id, UUID matchId, @Schema(examples = "2026-11-20") LocalDate heldOn,
                          @Schema(examples = "60") int durationMinutes, @Schema(examples = "Reviewed the pitch deck") String notes,
                          String loggedBy, Instant createdAt) {

    static SessionView of(MentoringSession s) {
        return new SessionView(s.id, s.matchId, s.heldOn, s.durationMinutes, s.notes, s.loggedBy, s.createdAt);
    }
}
