package org.jointfunding.mentorship.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.jointfunding.mentorship.scoring.ScoringWeights;

import java.time.Duration;

/** portal.matching.*: scoring weights, pruning, and how long a mentor has to answer a proposal. */
@ConfigMapping(prefix = "portal.matching")
public interface MatchingConfig {

    Weights weights();

    /** Each request keeps its best k mentors before solving (k >= mentor count keeps every pair). */
    @WithDefault("50")
    int pruneK();

    /** A proposal not answered within this time expires and the next best mentor is proposed. */
    @WithDefault("P7D")
    Duration proposalTtl();

    /** How often the expiry sweep runs (a Quarkus scheduler period such as 1m or 30s). */
    @WithDefault("1m")
    String expirySweep();

    /** Points each criterion can add; see docs/mentorship.md. */
    interface Weights {
        @WithDefault("40")
        int tags();

        @WithDefault("25")
        int sector();

        @WithDefault("15")
        int language();

        @WithDefault("10")
        int country();

        @WithDefault("5")
        int timeZone();

        @WithDefault("10")
        int load();

        default ScoringWeights toScoringWeights() {
            return new ScoringWeights(tags(), sector(), language(), country(), timeZone(), load());
        }
    }
}
