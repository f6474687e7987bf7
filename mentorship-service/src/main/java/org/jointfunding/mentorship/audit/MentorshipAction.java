package org.jointfunding.mentorship.audit;

import org.jointfunding.kit.audit.AuditAction;

/** Every action mentorship's audit trail records, stored by its code (START_REVIEW is start-review). */
public enum MentorshipAction implements AuditAction {
    // a mentoring request
    OPEN,
    EDIT,
    PROPOSE_MENTOR,
    REOPEN,
    MATCH,
    CLOSE,
    CANCEL,
    // a match
    PROPOSE,
    ACCEPT,
    DECLINE,
    EXPIRE,
    END
}
