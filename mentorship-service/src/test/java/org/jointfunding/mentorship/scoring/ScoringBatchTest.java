package org.jointfunding.mentorship.scoring;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The batch hot path must give exactly the reference scorer's score, on every pair. */
class ScoringBatchTest {

    private static final String[] ZONES = {"UTC", "Asia/Kuala_Lumpur", "Asia/Tehran", "America/New_York", "Asia/Kolkata"};

    @Test
    void equalsTheReferenceScoreOnRandomPairsIncludingWideVocabularies() {
        Random random = new Random(11);
        MatchScorer scorer = new MatchScorer(new ScoringWeights(37, 21, 13, 9, 7, 11));
        FeatureSpace space = new FeatureSpace(Instant.parse("2026-07-01T00:00:00Z"));
        List<MentorFeatures> mentors = new ArrayList<>();
        for (int m = 0; m < 300; m++) {
            int capacity = random.nextInt(5);
            mentors.add(space.mentor(labels(random, "t", 200, 8), labels(random, "s", 90, 3), labels(random, "l", 70, 2),
                    labels(random, "c", 80, 2), random.nextInt(6) == 0 ? null : ZONES[random.nextInt(ZONES.length)],
                    capacity, capacity == 0 ? 0 : random.nextInt(capacity + 1)));
        }
        ScoringBatch batch = scorer.batch(mentors);
        for (int r = 0; r < 300; r++) {
            List<String> sector = labels(random, "s", 100, 1);
            RequestFeatures request = space.request(labels(random, "t", 220, 6), sector.isEmpty() ? null : sector.get(0),
                    labels(random, "l", 75, 2), random.nextBoolean() ? null : "c" + random.nextInt(85),
                    random.nextInt(4) == 0 ? null : ZONES[random.nextInt(ZONES.length)]);
            ScoringBatch.Prepared prepared = batch.prepare(request);
            IntStream.range(0, mentors.size()).forEach(m ->
                    assertEquals(scorer.score(request, mentors.get(m)), prepared.score(m)));
        }
    }

    private static List<String> labels(Random random, String prefix, int vocabulary, int max) {
        return IntStream.range(0, random.nextInt(max + 1)).mapToObj(i -> prefix + random.nextInt(vocabulary)).distinct().toList();
    }
}
