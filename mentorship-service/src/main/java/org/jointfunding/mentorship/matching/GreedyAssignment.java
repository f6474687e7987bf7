package org.jointfunding.mentorship.matching;

import java.util.Arrays;

/**
 * The baseline the optimum is measured against: take pairs from the highest score down, keeping a
 * pair when its request is still unmatched and its mentor still has room. Not used to propose.
 */
public final class GreedyAssignment {

    private GreedyAssignment() {
    }

    public static Assignment assign(Candidates candidates, int[] remainingCapacity) {
        int pairs = Math.toIntExact(candidates.pairCount());
        int[] requestOfPair = new int[pairs];
        int[] slotOfPair = new int[pairs];
        long[] order = new long[pairs];
        int p = 0;
        for (int r = 0; r < candidates.requestCount(); r++) {
            int[] scores = candidates.scores()[r];
            for (int j = 0; j < scores.length; j++, p++) {
                requestOfPair[p] = r;
                slotOfPair[p] = j;
                // highest score first, then by request and rank: one primitive sort, no objects
                order[p] = ((long) (Integer.MAX_VALUE - scores[j]) << 32) | p;
            }
        }
        Arrays.parallelSort(order);
        int[] mentorOf = new int[candidates.requestCount()];
        int[] scoreOf = new int[candidates.requestCount()];
        Arrays.fill(mentorOf, Assignment.UNMATCHED);
        int[] room = remainingCapacity.clone();
        for (long key : order) {
            int pair = (int) (key & 0xFFFFFFFFL);
            int r = requestOfPair[pair];
            if (mentorOf[r] != Assignment.UNMATCHED) {
                continue;
            }
            int m = candidates.mentors()[r][slotOfPair[pair]];
            if (room[m] > 0) {
                room[m]--;
                mentorOf[r] = m;
                scoreOf[r] = candidates.scores()[r][slotOfPair[pair]];
            }
        }
        return Assignment.of(mentorOf, scoreOf);
    }
}
