package org.jointfunding.mentorship.matching;

/**
 * The outcome of an assignment: {@code mentorOf[r]} is the mentor index given to request r, or
 * {@link #UNMATCHED}; {@code scoreOf[r]} its score in units. {@code totalScore} sums them.
 */
public record Assignment(int[] mentorOf, int[] scoreOf, long totalScore, int matched) {

    public static final int UNMATCHED = -1;

    static Assignment of(int[] mentorOf, int[] scoreOf) {
        long total = 0;
        int matched = 0;
        for (int r = 0; r < mentorOf.length; r++) {
            if (mentorOf[r] != UNMATCHED) {
                total += scoreOf[r];
                matched++;
            }
        }
        return new Assignment(mentorOf, scoreOf, total, matched);
    }
}
