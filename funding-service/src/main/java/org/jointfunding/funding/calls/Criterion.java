package org.jointfunding.funding.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** An evaluation criterion: its weight in the ranking, the top score, and the score below which an application is out. */
@Embeddable
public class Criterion {

    public String name;

    public BigDecimal weight;

    @Column(name = "max_score")
    public int maxScore;

    public int threshold;

    protected Criterion() {
    }

    public Criterion(String name, BigDecimal weight, int maxScore, int threshold) {
        this.name = name;
        this.weight = weight;
        this.maxScore = maxScore;
        this.threshold = threshold;
    }
}
