package org.jointfunding.mentorship.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.mentorship.matches.MatchStatus;
import org.jointfunding.mentorship.scoring.ScoreItem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "MatchingRun", description = "A batch run and every proposal it made, with why")
public record RunView(
        UUID id,
        String startedBy,
        UUID programId,
        @Schema(examples = "50") int pruneK,
        Instant startedAt,
        @Schema(examples = "12", description = "Open requests considered") int requestCount,
        @Schema(examples = "5", description = "Mentors with free capacity considered") int mentorCount,
        @Schema(examples = "10") int proposedCount,
        @Schema(examples = "812.5", description = "Sum of the proposals' scores: the maximum possible under capacities") double totalScore,
        @Schema(examples = "42") long durationMs,
        List<Proposal> proposals,
        @Schema(description = "Requests left unmatched (no mentor with room scores above zero for them)") List<UUID> unmatchedRequestIds) {

    @Schema(name = "MatchingRunProposal")
    public record Proposal(UUID matchId, UUID requestId, UUID mentorId,
                           @Schema(examples = "PROPOSED", description = "The match's status now") MatchStatus status,
                           @Schema(examples = "81.67") double score, List<ScoreItem> explanation) {
    }
}
