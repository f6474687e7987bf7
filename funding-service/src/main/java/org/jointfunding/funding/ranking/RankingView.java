package org.jointfunding.funding.ranking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "A call's applications in ranked order, with the rule that ordered them")
public record RankingView(UUID callId, @Schema(description = "How scores are computed and ties broken") String rule,
                          List<Ranking.Entry> items) {
}
