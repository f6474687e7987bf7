package org.jointfunding.funding.collaborators;

/**
 * PENDING until the invitee answers (ACCEPTED, DECLINED), the owner takes it back (REVOKED) or the
 * application leaves DRAFT first (EXPIRED). ACCEPTED is the membership; ENDED when the partner
 * leaves or is removed.
 */
public enum InvitationStatus {
    PENDING, ACCEPTED, DECLINED, REVOKED, EXPIRED, ENDED
}
