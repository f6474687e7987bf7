package org.jointfunding.funding.reviews;

import jakarta.persistence.Embeddable;

/** A reviewer's score on one criterion, with the comment that justifies it. */
@Embeddable
public class Score {

    public String criterion;

    public int score;

    public String comment;

    protected Score() {
    }

    public Score(String criterion, int score, String comment) {
        this.criterion = criterion;
        this.score = score;
        this.comment = comment;
    }
}
