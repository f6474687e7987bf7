package org.jointfunding.mentorship.scoring;

/**
 * A mentor as the scorer sees it. {@code remaining} is capacity minus the proposed and accepted
 * matches it already carries.
 */
public record MentorFeatures(long[] tags, long[] sectors, long[] languages, long[] countries,
                             int utcOffsetMinutes, int capacity, int remaining) {
}
