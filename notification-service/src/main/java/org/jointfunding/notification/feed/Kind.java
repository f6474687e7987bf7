package org.jointfunding.notification.feed;

/** The kinds of notification; a person can turn e-mail off per kind (the feed always has them). */
public enum Kind {
    APPLICATION_SUBMITTED,
    APPLICATION_UNDER_REVIEW,
    APPLICATION_AWARDED,
    APPLICATION_REJECTED,
    APPLICATION_WITHDRAWN,
    AWARD_SHARE_DECIDED,
    COLLABORATOR_INVITED,
    INVITATION_ANSWERED,
    REVIEW_ASSIGNED,
    DRAFT_DEADLINE,
    MATCH_PROPOSED,
    MATCH_ACCEPTED,
    MATCH_DECLINED,
    MATCH_EXPIRED,
    SESSION_LOGGED,
    FEEDBACK_RECEIVED
}
