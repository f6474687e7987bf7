package org.jointfunding.funding.ranking;

import org.jointfunding.funding.calls.Criterion;
import org.jointfunding.funding.reviews.Score;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RankingTest {

    private static final Instant T0 = Instant.parse("2027-01-01T00:00:00Z");

    private static Ranking.ReviewResult review(String score) {
        return new Ranking.ReviewResult(new BigDecimal(score), false);
    }

    private static Ranking.Candidate candidate(String id, Instant submitted, Ranking.ReviewResult... reviews) {
        return new Ranking.Candidate(UUID.fromString("00000000-0000-0000-0000-00000000000" + id), id, "UNDER_REVIEW", submitted, List.of(reviews));
    }

    @Test
    void weightedScoreIsAPercentageOfTheWeightedMaximum() {
        List<Criterion> criteria = List.of(new Criterion("A", new BigDecimal("2"), 10, 0), new Criterion("B", BigDecimal.ONE, 5, 0));
        BigDecimal score = Ranking.weightedScore(criteria, List.of(new Score("A", 5, ""), new Score("B", 5, "")));
        assertEquals(0, new BigDecimal("66.66666666666667").compareTo(score.round(new java.math.MathContext(16))), score.toString());
    }

    @Test
    void tiesAreBrokenByReviewCountThenSubmissionThenId() {
        var early = candidate("1", T0, review("80"));
        var late = candidate("2", T0.plusSeconds(5), review("80"));
        var moreReviews = candidate("3", T0.plusSeconds(9), review("70"), review("90"));
        var sameAll = candidate("4", T0.plusSeconds(5), review("80"));
        List<Ranking.Entry> ranked = Ranking.rank(List.of(sameAll, late, early, moreReviews));
        assertEquals(List.of("3", "1", "2", "4"), ranked.stream().map(Ranking.Entry::title).toList());
        assertNull(ranked.get(0).tieBreak());
        assertEquals("same score as rank 1; placed after it because it has fewer submitted reviews (1 vs 2)", ranked.get(1).tieBreak());
        assertEquals("same score as rank 2; placed after it because it was submitted later", ranked.get(2).tieBreak());
        assertEquals("same score as rank 3; placed after it because its application id sorts after", ranked.get(3).tieBreak());
        assertEquals(java.util.Arrays.asList(null, "fewer-reviews", "submitted-later", "application-id"),
                ranked.stream().map(Ranking.Entry::tieBreakCode).toList());
    }

    @Test
    void disqualifiedComeLastWhateverTheirScore() {
        var disqualified = new Ranking.Candidate(UUID.randomUUID(), "out", "UNDER_REVIEW", T0,
                List.of(new Ranking.ReviewResult(new BigDecimal("99"), true), review("99")));
        var unreviewed = candidate("5", T0);
        var low = candidate("6", T0, review("10"));
        List<Ranking.Entry> ranked = Ranking.rank(List.of(disqualified, unreviewed, low));
        assertEquals(List.of("6", "5", "out"), ranked.stream().map(Ranking.Entry::title).toList());
        assertEquals(new BigDecimal("99.00"), ranked.get(2).score());
    }
}
