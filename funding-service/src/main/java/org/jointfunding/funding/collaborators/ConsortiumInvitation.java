package org.jointfunding.funding.collaborators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jointfunding.funding.applications.Application;
import org.jointfunding.kit.ApiProblem;

import java.time.Instant;
import java.util.UUID;

import static org.jointfunding.funding.collaborators.InvitationStatus.ACCEPTED;
import static org.jointfunding.funding.collaborators.InvitationStatus.DECLINED;
import static org.jointfunding.funding.collaborators.InvitationStatus.ENDED;
import static org.jointfunding.funding.collaborators.InvitationStatus.EXPIRED;
import static org.jointfunding.funding.collaborators.InvitationStatus.PENDING;
import static org.jointfunding.funding.collaborators.InvitationStatus.REVOKED;

/** The owner's invitation to a partner startup, by e-mail address, to work on its draft; once accepted, the membership. */
@Entity
@Table(name = "consortium_invitation")
public class ConsortiumInvitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    public Application application;

    /** Lower-cased: the address a startup must be signed in with to answer. */
    public String email;

    public String message;

    @Enumerated(EnumType.STRING)
    public InvitationStatus status;

    @Column(name = "invited_by")
    public String invitedBy;

    @Column(name = "inviter_name")
    public String inviterName;

    @Column(name = "invited_at")
    public Instant invitedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "invitee_id")
    public String inviteeId;

    @Column(name = "invitee_name")
    public String inviteeName;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Version
    public long version;

    static ConsortiumInvitation pending(Application application, String email, String message, String inviter,
                                        String inviterName, Instant now) {
        ConsortiumInvitation invitation = new ConsortiumInvitation();
        invitation.id = UUID.randomUUID();
        invitation.application = application;
        invitation.email = email;
        invitation.message = message;
        invitation.status = PENDING;
        invitation.invitedBy = inviter;
        invitation.inviterName = inviterName;
        invitation.invitedAt = now;
        return invitation;
    }

    void accept(String invitee, String name, Instant now) {
        move(PENDING, ACCEPTED, "accept");
        inviteeId = invitee;
        inviteeName = name;
        answeredAt = now;
    }

    void decline(Instant now) {
        move(PENDING, DECLINED, "decline");
        answeredAt = now;
    }

    void revoke(Instant now) {
        move(PENDING, REVOKED, "revoke");
        answeredAt = now;
    }

    void expire(Instant now) {
        move(PENDING, EXPIRED, "expire");
        answeredAt = now;
    }

    /** The partner left, or the owner removed it. */
    void end(Instant now) {
        move(ACCEPTED, ENDED, "end");
        endedAt = now;
    }

    private void move(InvitationStatus from, InvitationStatus to, String action) {
        if (status != from) {
            throw ApiProblem.illegalTransition("invitation", status, action);
        }
        status = to;
    }
}
