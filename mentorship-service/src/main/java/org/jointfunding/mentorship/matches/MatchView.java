package org.jointfunding.mentorship.matches;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.mentorship.requests.MentoringRequest;
import org.jointfunding.mentorship.requests.RequestView;
import org.jointfunding.mentorship.scoring.ScoreItem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Match", description = "A mentor proposed for (or matched with) a mentoring request")
public record MatchView(
        UUID id,
        UUID requestId,
        UUID mentorId,
        @Schema(examples = "Dr. Aisha Rahman") String mentorName,
        @Schema(description = "Account id of the startup") String startupId,
        @Schema(description = "What the startup asks for, so the mentor can judge the proposal") RequestView request,
        @Schema(examples = "PROPOSED") MatchStatus status,
        @Schema(examples = "81.67") double score,
        List<ScoreItem> explanation,
        @Schema(description = "The batch run that proposed it; null for a re-proposal after a decline or expiry") UUID runId,
        Instant proposedAt,
        @Schema(description = "An unanswered proposal expires at this instant") Instant expiresAt,
        Instant answeredAt,
        Instant endedAt,
        long version) {

    static MatchView of(Match m, String mentorName, MentoringRequest request) {
        return new MatchView(m.id, m.requestId, m.mentorId, mentorName, m.startupId, RequestView.of(request), m.status, m.score, m.explanation,
                m.runId, m.proposedAt, m.expiresAt, m.answeredAt, m.endedAt, m.version);
    }
}
