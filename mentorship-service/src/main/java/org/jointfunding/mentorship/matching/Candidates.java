package org.jointfunding.mentorship.matching;

/**
 * For each request, the mentors worth considering with their scores (in score units), best first.
 * {@code mentors[r][j]} is a mentor index, {@code scores[r][j]} its score for request r.
 */
public record Candidates(int[][] mentors, int[][] scores) {

    public int requestCount() {
        return mentors.length;
    }

    public long pairCount() {
        long pairs = 0;
        for (int[] row : mentors) {
            pairs += row.length;
        }
        return pairs;
    }
}
