package org.jointfunding.mentorship.scoring;

/**
 * Points each criterion can add to a (request, mentor) score. Non-negative integers, so every score
 * is a whole number of hundredths and the solver's costs stay integral.
 */
public record ScoringWeights(int tags, int sector, int language, int country, int timeZone, int load) {

    public static final ScoringWeights DEFAULT = new ScoringWeights(40, 25, 15, 10, 5, 10);

    public ScoringWeights {
        if (tags < 0 || sector < 0 || language < 0 || country < 0 || timeZone < 0 || load < 0) {
            throw new IllegalArgumentException("Scoring weights must not be negative");
        }
    }

    /** The best possible score in points: country and time zone are alternatives, not a sum. */
    public int maxPoints() {
        return tags + sector + language + Math.max(country, timeZone) + load;
    }
}
