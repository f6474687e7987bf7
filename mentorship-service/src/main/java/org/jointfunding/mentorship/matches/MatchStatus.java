package org.jointfunding.mentorship.matches;

/** PROPOSED → ACCEPTED | DECLINED | EXPIRED; ACCEPTED → ENDED. Proposed and accepted count against capacity. */
public enum MatchStatus {
    PROPOSED, ACCEPTED, DECLINED, EXPIRED, ENDED
}
