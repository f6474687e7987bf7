package org.jointfunding.funding.applications;

/** Fired in the submitting transaction: what waited on the draft (pending invitations) ends with it. */
public record ApplicationSubmitted(Application application, String actor) {
}
