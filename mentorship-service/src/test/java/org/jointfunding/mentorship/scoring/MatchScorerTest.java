package org.jointfunding.mentorship.scoring;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchScorerTest {

    private static final Instant WINTER = Instant.parse("2026-01-15T00:00:00Z");
    private final MatchScorer scorer = new MatchScorer(ScoringWeights.DEFAULT);

    @Test
    void aPerfectMentorGetsEveryPoint() {
        FeatureSpace space = new FeatureSpace(WINTER);
        RequestFeatures request = space.request(List.of("payments", "fundraising"), "fintech", List.of("ms"), "MY", "Asia/Kuala_Lumpur");
        MentorFeatures mentor = space.mentor(List.of("payments", "fundraising", "hiring"), List.of("fintech"),
                List.of("en", "ms"), List.of("MY"), "Asia/Kuala_Lumpur", 3, 3);
        assertEquals(ScoringWeights.DEFAULT.maxPoints() * MatchScorer.UNITS, scorer.score(request, mentor));
        assertEquals(scorer.maxUnits(), scorer.score(request, mentor));
    }

    @Test
    void explanationNamesEachCriterionAndSumsToTheScore() {
        FeatureSpace space = new FeatureSpace(WINTER);
        RequestFeatures request = space.request(List.of("payments", "fundraising", "legal"), "fintech", List.of("fa"), "IR", "Asia/Tehran");
        MentorFeatures mentor = space.mentor(List.of("payments", "legal"), List.of("agritech"), List.of("en"),
                List.of("MY"), "Asia/Kuala_Lumpur", 4, 1);
        Score score = scorer.explain(request, mentor, space);

        assertEquals(List.of("tags", "sector", "language", "location", "load"),
                score.explanation().stream().map(ScoreItem::criterion).toList());
        assertEquals(26.66, score.explanation().get(0).points(), 1e-9); // 40 * 2/3, in whole hundredths
        assertTrue(score.explanation().get(0).detail().contains("2 of 3 needs"));
        assertTrue(score.explanation().get(0).detail().contains("legal, payments") || score.explanation().get(0).detail().contains("payments, legal"));
        assertEquals(List.of("legal", "payments"), score.explanation().get(0).matched());
        assertEquals(List.of(40.0, 25.0, 15.0, 10.0, 10.0), score.explanation().stream().map(ScoreItem::maxPoints).toList());
        assertEquals(List.of(), score.explanation().get(1).matched());
        assertEquals(0, score.explanation().get(1).points());
        assertEquals("mentor does not list fintech", score.explanation().get(1).detail());
        assertEquals(0, score.explanation().get(2).points());
        // Tehran +03:30, Kuala Lumpur +08:00: 4.5 h apart of 12 -> 5 * 7.5/12 = 3.125 -> 3.12
        assertEquals(3.12, score.explanation().get(3).points(), 1e-9);
        assertTrue(score.explanation().get(3).detail().contains("4.5 h apart"));
        assertEquals(2.5, score.explanation().get(4).points(), 1e-9); // 10 * 1/4
        double sum = score.explanation().stream().mapToDouble(ScoreItem::points).sum();
        assertEquals(score.points(), sum, 1e-9);
        assertEquals(scorer.score(request, mentor), Math.round(score.points() * MatchScorer.UNITS));
    }

    @Test
    void sameCountryBeatsTimeZoneAndNoSharedLanguageScoresNothing() {
        FeatureSpace space = new FeatureSpace(WINTER);
        RequestFeatures request = space.request(List.of(), null, List.of("en"), "MY", null);
        MentorFeatures local = space.mentor(List.of(), List.of(), List.of("ms"), List.of("MY"), "Asia/Tokyo", 1, 0);
        Score score = scorer.explain(request, local, space);
        assertEquals(10.0, score.points(), 1e-9); // country only: no needs, no sector, no shared language, full load
        assertEquals("the request names no needs", score.explanation().get(0).detail());
        assertEquals("no preferred language in common", score.explanation().get(2).detail());
        assertEquals(List.of("MY"), score.explanation().get(3).matched());
    }

    @Test
    void weightsComeFromConfigurationNotConstants() {
        MatchScorer languageOnly = new MatchScorer(new ScoringWeights(0, 0, 7, 0, 0, 0));
        FeatureSpace space = new FeatureSpace(WINTER);
        RequestFeatures request = space.request(List.of("payments"), "fintech", List.of("en"), "MY", null);
        MentorFeatures mentor = space.mentor(List.of("payments"), List.of("fintech"), List.of("en"), List.of("MY"), "UTC", 2, 2);
        assertEquals(700, languageOnly.score(request, mentor));
        assertEquals(700, languageOnly.maxUnits());
    }

    @Test
    void moreOverlapScoresHigher() {
        FeatureSpace space = new FeatureSpace(WINTER);
        RequestFeatures request = space.request(List.of("a", "b", "c", "d"), "s", List.of("en"), "MY", null);
        MentorFeatures one = space.mentor(List.of("a"), List.of("s"), List.of("en"), List.of("MY"), "UTC", 1, 1);
        MentorFeatures three = space.mentor(List.of("a", "b", "c"), List.of("s"), List.of("en"), List.of("MY"), "UTC", 1, 1);
        assertTrue(scorer.score(request, three) > scorer.score(request, one));
        assertEquals(3000 - 1000, scorer.score(request, three) - scorer.score(request, one));
    }
}
