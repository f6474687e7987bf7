package org.jointfunding.mentorship.matching;

/** Pairs that must not be proposed, such as a mentor who already declined the request. */
@FunctionalInterface
public interface Exclusions {

    Exclusions NONE = (request, mentor) -> false;

    boolean excluded(int request, int mentor);
}
