package org.jointfunding.funding.applications;

/** Fired in the withdrawing transaction, so that shares already approved are released with it. */
public record ApplicationWithdrawn(Application application, String actor) {
}
