package org.jointfunding.funding.reviews;

/** ASSIGNED → SUBMITTED, or ASSIGNED → CONFLICT_DECLARED (which releases the assignment). */
public enum ReviewStatus {
    ASSIGNED, SUBMITTED, CONFLICT_DECLARED
}
