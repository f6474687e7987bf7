package org.jointfunding.funding.calls;

/** A joint call's lifecycle: DRAFT → OPEN → CLOSED → UNDER_EVALUATION → DECIDED, or CANCELLED. */
public enum CallStatus {
    DRAFT, OPEN, CLOSED, UNDER_EVALUATION, DECIDED, CANCELLED
}
