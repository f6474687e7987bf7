package org.jointfunding.mentorship.runs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.mentorship.matches.MatchStatus;
import org.jointfunding.mentorship.scoring.ScoreItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

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

    static final List<String> CSV_HEADER = List.of("requestId", "mentorId", "matchId", "status", "score", "explanation");

    /** A row per proposal ("criterion points: detail; ..." as its explanation), then one per unmatched request. */
    List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Proposal proposal : proposals) {
            String why = proposal.explanation().stream()
                    .map(item -> item.criterion() + " " + item.points() + ": " + item.detail())
                    .collect(Collectors.joining("; "));
            rows.add(List.of(proposal.requestId(), proposal.mentorId(), proposal.matchId(), proposal.status(), proposal.score(), why));
        }
        for (UUID request : unmatchedRequestIds) {
            rows.add(Arrays.asList(request, null, null, "UNMATCHED", null, null));
        }
        return rows;
    }

    @Schema(name = "MatchingRunProposal")
    public record Proposal(UUID matchId, UUID requestId,
                           @Schema(examples = "Acme Robotics", description = "The startup's name, when the request came from an award") String startupName,
                           UUID mentorId, @Schema(examples = "Dr. Aisha Rahman") String mentorName,
                           @Schema(examples = "PROPOSED", description = "The match's status now") MatchStatus status,
                           @Schema(examples = "81.67") double score, List<ScoreItem> explanation) {
    }
}
