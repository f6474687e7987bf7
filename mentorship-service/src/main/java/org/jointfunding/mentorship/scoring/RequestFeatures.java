package org.jointfunding.mentorship.scoring;

/** A mentoring request as the scorer sees it: bit sets over the run's vocabularies. */
public record RequestFeatures(long[] needs, int needCount, int sector, long[] languages, int country,
                              int utcOffsetMinutes) {

    /** The request names no time zone. */
    public static final int NO_OFFSET = Integer.MIN_VALUE;
}
