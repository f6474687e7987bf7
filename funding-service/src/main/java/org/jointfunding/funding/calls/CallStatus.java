package org.jointfunding.funding.calls;

import java.util.EnumSet;
import java.util.Set;

/** A joint call's lifecycle: DRAFT → OPEN → CLOSED → UNDER_EVALUATION → DECIDED, or CANCELLED. */
public enum CallStatus {
    DRAFT, OPEN, CLOSED, UNDER_EVALUATION, DECIDED, CANCELLED;

    /** Announced to the public: anyone may read a call in these states. */
    public static final Set<CallStatus> ANNOUNCED = EnumSet.of(OPEN, CLOSED, UNDER_EVALUATION, DECIDED);
}
