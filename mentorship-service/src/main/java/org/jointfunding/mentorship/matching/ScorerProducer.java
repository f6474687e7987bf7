package org.jointfunding.mentorship.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jointfunding.mentorship.scoring.MatchScorer;

/** The scorer with the configured weights, for every matching feature. */
@ApplicationScoped
public class ScorerProducer {

    @Produces
    @ApplicationScoped
    MatchScorer scorer(MatchingConfig config) {
        return new MatchScorer(config.weights().toScoringWeights());
    }
}
