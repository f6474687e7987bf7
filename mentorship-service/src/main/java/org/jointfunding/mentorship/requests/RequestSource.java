package org.jointfunding.mentorship.requests;

/** Who asked: the startup itself, or funding-service's award event on its behalf. */
public enum RequestSource {
    STARTUP, AWARD
}
