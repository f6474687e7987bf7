package org.jointfunding.mentorship.matching;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.RepetitionInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OR-Tools assignment against brute force, capacities, and the greedy baseline. */
class AssignmentTest {

    private static final int SCALE = 10_000;

    @RepeatedTest(150)
    void equalsTheBruteForceOptimumOnSmallInstances(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        int requests = 1 + random.nextInt(7);
        int mentors = 1 + random.nextInt(4);
        int[] capacity = random.ints(mentors, 0, 3).toArray();
        // few distinct scores: many ties, as in real data
        Candidates candidates = randomCandidates(random, requests, mentors, 6);

        Assignment optimal = OptimalAssignment.assign(candidates, capacity, SCALE);

        assertEquals(bruteForce(candidates, capacity.clone(), 0), optimal.totalScore());
        assertFeasible(candidates, capacity, optimal);
        Assignment greedy = GreedyAssignment.assign(candidates, capacity);
        assertFeasible(candidates, capacity, greedy);
        assertTrue(greedy.totalScore() <= optimal.totalScore());
    }

    @Test
    void beatsGreedyOnACraftedInstance() {
        // r0 likes m0 (10) a little more than m1 (9); r1 can only use m0 (9). One place each.
        Candidates candidates = new Candidates(new int[][]{{0, 1}, {0}}, new int[][]{{10, 9}, {9}});
        int[] capacity = {1, 1};

        Assignment greedy = GreedyAssignment.assign(candidates, capacity);
        Assignment optimal = OptimalAssignment.assign(candidates, capacity, SCALE);

        assertEquals(10, greedy.totalScore());
        assertEquals(1, greedy.matched());
        assertEquals(18, optimal.totalScore());
        assertEquals(2, optimal.matched());
        assertEquals(1, optimal.mentorOf()[0]);
        assertEquals(0, optimal.mentorOf()[1]);
    }

    @Test
    void neverExceedsCapacityOnALargerInstance() {
        Random random = new Random(7);
        int mentors = 40;
        int[] capacity = random.ints(mentors, 0, 4).toArray();
        Candidates candidates = randomCandidates(random, 400, mentors, 1000);
        Assignment optimal = OptimalAssignment.assign(candidates, capacity, SCALE);
        assertFeasible(candidates, capacity, optimal);
        int places = java.util.Arrays.stream(capacity).sum();
        assertEquals(Math.min(places, 400), optimal.matched()); // every score is positive: fill every place
        assertTrue(GreedyAssignment.assign(candidates, capacity).totalScore() <= optimal.totalScore());
    }

    @Test
    void requestsWithoutCandidatesStayUnmatched() {
        Candidates candidates = new Candidates(new int[][]{{}, {0}}, new int[][]{{}, {5}});
        Assignment optimal = OptimalAssignment.assign(candidates, new int[]{0}, SCALE);
        assertEquals(Assignment.UNMATCHED, optimal.mentorOf()[0]);
        assertEquals(Assignment.UNMATCHED, optimal.mentorOf()[1]); // the mentor has no room left
        assertEquals(0, optimal.totalScore());
    }

    @Test
    void aScoreAboveTheScaleIsRefusedNotMisSolved() {
        Candidates candidates = new Candidates(new int[][]{{0}}, new int[][]{{SCALE + 1}});
        assertThrows(IllegalArgumentException.class, () -> OptimalAssignment.assign(candidates, new int[]{1}, SCALE));
    }

    static Candidates randomCandidates(Random random, int requests, int mentors, int distinctScores) {
        int[][] chosen = new int[requests][];
        int[][] scores = new int[requests][];
        for (int r = 0; r < requests; r++) {
            List<int[]> pairs = new ArrayList<>();
            for (int m = 0; m < mentors; m++) {
                if (random.nextInt(4) > 0) {
                    pairs.add(new int[]{m, 1 + random.nextInt(distinctScores)});
                }
            }
            pairs.sort(Comparator.comparingInt((int[] p) -> -p[1]).thenComparingInt(p -> p[0]));
            chosen[r] = pairs.stream().mapToInt(p -> p[0]).toArray();
            scores[r] = pairs.stream().mapToInt(p -> p[1]).toArray();
        }
        return new Candidates(chosen, scores);
    }

    /** Every request tries every candidate and "none": exponential, fine for a handful of requests. */
    private static long bruteForce(Candidates candidates, int[] room, int r) {
        if (r == candidates.requestCount()) {
            return 0;
        }
        long best = bruteForce(candidates, room, r + 1);
        for (int j = 0; j < candidates.mentors()[r].length; j++) {
            int m = candidates.mentors()[r][j];
            if (room[m] > 0) {
                room[m]--;
                best = Math.max(best, candidates.scores()[r][j] + bruteForce(candidates, room, r + 1));
                room[m]++;
            }
        }
        return best;
    }

    static void assertFeasible(Candidates candidates, int[] capacity, Assignment assignment) {
        int[] used = new int[capacity.length];
        long total = 0;
        for (int r = 0; r < candidates.requestCount(); r++) {
            int m = assignment.mentorOf()[r];
            if (m == Assignment.UNMATCHED) {
                continue;
            }
            used[m]++;
            int slot = -1;
            for (int j = 0; j < candidates.mentors()[r].length; j++) {
                if (candidates.mentors()[r][j] == m) {
                    slot = j;
                }
            }
            assertTrue(slot >= 0, "request " + r + " got a mentor that is not among its candidates");
            assertEquals(candidates.scores()[r][slot], assignment.scoreOf()[r]);
            total += assignment.scoreOf()[r];
        }
        for (int m = 0; m < capacity.length; m++) {
            assertTrue(used[m] <= capacity[m], "mentor " + m + " over capacity: " + used[m] + " > " + capacity[m]);
        }
        assertEquals(total, assignment.totalScore());
    }
}
