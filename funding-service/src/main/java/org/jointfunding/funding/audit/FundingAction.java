package org.jointfunding.funding.audit;

import org.jointfunding.kit.audit.AuditAction;

/** Every action funding's audit trail records, stored by its code (APPROVE_SHARE is approve-share). */
public enum FundingAction implements AuditAction {
    // agencies, calls, applications
    CREATE,
    EDIT,
    // calls: the lead's lifecycle and each funder's own steps (recorded with the agency as the party)
    OPEN,
    EXTEND,
    CLOSE,
    START_EVALUATION,
    AGREE_TO_DECIDE,
    DECIDE,
    CANCEL,
    CONFIRM_SHARE,
    LEAVE,
    // applications
    SUBMIT,
    WITHDRAW,
    START_REVIEW,
    ATTACH,
    DETACH,
    INVITE_COLLABORATOR,
    ACCEPT_INVITATION,
    DECLINE_INVITATION,
    REVOKE_INVITATION,
    EXPIRE_INVITATION,
    REMOVE_COLLABORATOR,
    APPROVE_SHARE,
    REFUSE_SHARE,
    AWARD,
    REJECT,
    // reviews
    ASSIGN,
    DECLARE_CONFLICT
}
