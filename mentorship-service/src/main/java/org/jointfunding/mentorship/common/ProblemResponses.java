package org.jointfunding.mentorship.common;

/** Descriptions shared by the OpenAPI responses of every resource. */
public final class ProblemResponses {

    public static final String PROBLEM = "application/problem+json";
    public static final String BAD_REQUEST = "Invalid input; the problem lists each offending field";
    public static final String UNAUTHORIZED = "No valid access token";
    public static final String FORBIDDEN = "The caller's role may not do this";
    public static final String ILLEGAL = "The action is not allowed in the current state (problem type /problems/illegal-transition)";

    private ProblemResponses() {
    }
}
