package org.jointfunding.funding.calls;

/** Fired inside the transaction that moved a call, so features that follow the call move with it. */
public record CallStatusChanged(JointCall call, CallStatus from, CallStatus to, String actor) {
}
