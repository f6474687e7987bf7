package org.jointfunding.mentorship.requests;

/**
 * OPEN (waiting for a mentor) → PROPOSED (a mentor is asked) → MATCHED (accepted) → CLOSED (ended).
 * A decline or expiry with no next mentor takes PROPOSED back to OPEN. OPEN → CANCELLED by its startup.
 */
public enum RequestStatus {
    OPEN, PROPOSED, MATCHED, CLOSED, CANCELLED
}
