package org.jointfunding.mentorship.scoring;

import java.util.List;

/** A pair's score in points with the criteria that make it up (their points sum to the total). */
public record Score(double points, List<ScoreItem> explanation) {
}
