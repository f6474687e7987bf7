package org.jointfunding.funding.applications;

/** DRAFT → SUBMITTED → UNDER_REVIEW → AWARDED | REJECTED; the owner may WITHDRAW before a decision. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, AWARDED, REJECTED, WITHDRAWN;

    public boolean isDecided() {
        return this == AWARDED || this == REJECTED || this == WITHDRAWN;
    }
}
