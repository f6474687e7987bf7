package org.jointfunding.mentorship.matching;

import org.jointfunding.mentorship.scoring.FeatureSpace;
import org.jointfunding.mentorship.scoring.MatchScorer;
import org.jointfunding.mentorship.scoring.MentorFeatures;
import org.jointfunding.mentorship.scoring.RequestFeatures;
import org.jointfunding.mentorship.scoring.ScoringWeights;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CandidatePrunerTest {

    private final MatchScorer scorer = new MatchScorer(ScoringWeights.DEFAULT);
    private final CandidatePruner pruner = new CandidatePruner(scorer);

    @Test
    void keepsTheBestKWithFreeCapacityBestFirstTiesByIndex() {
        Random random = new Random(3);
        FeatureSpace space = new FeatureSpace(Instant.parse("2026-06-01T00:00:00Z"));
        List<String> tags = List.of("a", "b", "c", "d", "e");
        List<MentorFeatures> mentors = new ArrayList<>();
        for (int m = 0; m < 60; m++) {
            int capacity = random.nextInt(3);
            mentors.add(space.mentor(pick(random, tags), pick(random, List.of("s1", "s2")), pick(random, List.of("en", "ms")),
                    pick(random, List.of("MY", "IR")), "UTC", capacity, capacity));
        }
        RequestFeatures request = space.request(pick(random, tags), "s1", List.of("en"), "MY", "UTC");

        Candidates pruned = pruner.prune(List.of(request), mentors, 7, (r, m) -> m == 5);

        int[] expected = IntStream.range(0, mentors.size())
                .filter(m -> m != 5 && mentors.get(m).remaining() > 0 && scorer.score(request, mentors.get(m)) > 0)
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(m -> -scorer.score(request, mentors.get(m))).thenComparingInt(m -> m))
                .limit(7).mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, pruned.mentors()[0]);
        for (int j = 0; j < expected.length; j++) {
            assertEquals(scorer.score(request, mentors.get(expected[j])), pruned.scores()[0][j]);
        }
    }

    @Test
    void kLargerThanThePoolKeepsEveryUsefulPair() {
        FeatureSpace space = new FeatureSpace(Instant.EPOCH);
        MentorFeatures m = space.mentor(List.of("a"), List.of(), List.of(), List.of(), "UTC", 1, 1);
        RequestFeatures r = space.request(List.of("a"), null, List.of(), null, null);
        assertEquals(2, pruner.prune(List.of(r), List.of(m, m), 50, Exclusions.NONE).mentors()[0].length);
    }

    private static List<String> pick(Random random, List<String> from) {
        return from.stream().filter(x -> random.nextBoolean()).toList();
    }
}
