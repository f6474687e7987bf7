package org.jointfunding.funding.collaborators;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jointfunding.funding.applications.Application;
import org.jointfunding.funding.applications.ApplicationAccess;
import org.jointfunding.funding.applications.ApplicationSubmitted;
import org.jointfunding.funding.applications.ApplicationWithdrawn;
import org.jointfunding.funding.audit.AuditTrail;
import org.jointfunding.funding.audit.FundingAction;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.outbox.Outbox;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The owner of a draft invites partner startups by e-mail address; the startup signed in with that
 * address (the access token's {@code email} claim) accepts or declines. Nobody else learns that an
 * invitation exists: to them it is a 404.
 */
@ApplicationScoped
public class InvitationService {

    private static final String AGGREGATE = "APPLICATION";
    private static final List<InvitationStatus> OPEN = List.of(InvitationStatus.PENDING, InvitationStatus.ACCEPTED);

    private final Caller caller;
    private final ApplicationAccess access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public InvitationService(Caller caller, ApplicationAccess access, AuditTrail audit, Outbox outbox, Clock clock) {
        this.caller = caller;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The data of CollaboratorInvited (to the invited address) and InvitationAnswered (to the owner). */
    public record Invited(UUID invitationId, UUID applicationId, String applicationTitle, String callTitle, String email,
                          String inviterName, String message) {
    }

    public record Answered(UUID invitationId, UUID applicationId, String applicationTitle, String ownerId, String email,
                           String inviteeName, InvitationStatus status) {
    }

    @Transactional
    public InvitationView invite(UUID applicationId, InvitationRequest request) {
        Application application = access.owned(applicationId);
        application.checkEditable();
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        if (caller.email().map(email::equals).orElse(false)) {
            throw ApiProblem.conflict("self-invitation", "You lead this application; invite your partners' addresses");
        }
        ConsortiumInvitation.<ConsortiumInvitation>find("application = ?1 and email = ?2 and status in ?3", application, email, OPEN)
                .firstResultOptional().ifPresent(open -> {
                    throw open.status == InvitationStatus.PENDING
                            ? ApiProblem.conflict("already-invited", email + " already has a pending invitation").with("invitationId", open.id)
                            : ApiProblem.conflict("already-collaborating", email + " already works on this application");
                });
        String message = request.message() == null || request.message().isBlank() ? null : request.message().strip();
        ConsortiumInvitation invitation = ConsortiumInvitation.pending(application, email, message, caller.id(),
                caller.name().orElse(null), clock.instant());
        invitation.persist();
        audit.event(FundingAction.INVITE_COLLABORATOR).actor(caller.id())
                .target(AGGREGATE, application.id).within(application.call.id)
                .transition(application.status, application.status).detail(email).write();
        outbox.append("CollaboratorInvited", application.id, new Invited(invitation.id, application.id, application.title,
                application.call.title, email, invitation.inviterName, message));
        return InvitationView.of(invitation);
    }

    /** The invitations of one application, newest first, for those who read it. */
    @Transactional
    public Page<InvitationView> ofApplication(UUID applicationId, int limit, int offset) {
        Application application = access.readable(applicationId);
        var found = ConsortiumInvitation.<ConsortiumInvitation>find("application", Sort.descending("invitedAt").and("id"), application);
        return Page.read(found, limit, offset).map(InvitationView::of);
    }

    /** The invitations addressed to the caller's e-mail address, newest first. */
    public Page<InvitationView> mine(InvitationStatus status, int limit, int offset) {
        String email = caller.email().orElse(null);
        if (email == null) {
            return new Page<>(List.of(), 0, limit, offset);
        }
        var found = status == null
                ? ConsortiumInvitation.<ConsortiumInvitation>find("email", Sort.descending("invitedAt").and("id"), email)
                : ConsortiumInvitation.<ConsortiumInvitation>find("email = ?1 and status = ?2", Sort.descending("invitedAt").and("id"), email, status);
        return Page.read(found, limit, offset).map(InvitationView::of);
    }

    /** The invitation, for the startup it is addressed to and for whoever may read its application; otherwise 404. */
    @Transactional
    public InvitationView one(UUID id) {
        ConsortiumInvitation invitation = ConsortiumInvitation.findById(id);
        if (invitation != null && !caller.email().map(invitation.email::equals).orElse(false)) {
            try {
                access.readable(invitation.application.id);
            } catch (ApiProblem notReadable) {
                invitation = null;
            }
        }
        if (invitation == null) {
            throw ApiProblem.notFound("invitation", id);
        }
        return InvitationView.of(invitation);
    }

    @Transactional
    public InvitationView accept(UUID id) {
        ConsortiumInvitation invitation = addressedToCaller(id);
        Application application = invitation.application;
        if (invitation.status == InvitationStatus.PENDING) {
            application.checkEditable();
            if (application.isMember(caller.id())) {
                throw ApiProblem.conflict("already-collaborating", "You already work on this application");
            }
        }
        invitation.accept(caller.id(), caller.name().orElse(null), clock.instant());
        application.collaborators.add(caller.id());
        audit.event(FundingAction.ACCEPT_INVITATION).actor(caller.id())
                .target(AGGREGATE, application.id).within(application.call.id)
                .transition(application.status, application.status).detail(invitation.email).write();
        answered(invitation);
        return InvitationView.of(invitation);
    }

    @Transactional
    public InvitationView decline(UUID id) {
        ConsortiumInvitation invitation = addressedToCaller(id);
        invitation.decline(clock.instant());
        audit.event(FundingAction.DECLINE_INVITATION).actor(caller.id())
                .target(AGGREGATE, invitation.application.id).within(invitation.application.call.id)
                .transition(invitation.application.status, invitation.application.status)
                .detail(invitation.email).write();
        answered(invitation);
        return InvitationView.of(invitation);
    }

    /** The owner takes back an invitation nobody has answered yet. */
    @Transactional
    public InvitationView revoke(UUID id) {
        ConsortiumInvitation invitation = ConsortiumInvitation.findById(id);
        if (invitation == null) {
            throw ApiProblem.notFound("invitation", id);
        }
        Application application = access.owned(invitation.application.id);
        invitation.revoke(clock.instant());
        audit.event(FundingAction.REVOKE_INVITATION).actor(caller.id())
                .target(AGGREGATE, application.id).within(application.call.id)
                .transition(application.status, application.status).detail(invitation.email).write();
        return InvitationView.of(invitation);
    }

    /** When a draft is submitted or withdrawn, the invitations nobody answered can no longer be. */
    void onSubmitted(@Observes ApplicationSubmitted event) {
        expirePending(event.application(), event.actor());
    }

    void onWithdrawn(@Observes ApplicationWithdrawn event) {
        expirePending(event.application(), event.actor());
    }

    private void expirePending(Application application, String actor) {
        List<ConsortiumInvitation> pending = ConsortiumInvitation.list("application = ?1 and status = ?2", application, InvitationStatus.PENDING);
        for (ConsortiumInvitation invitation : pending) {
            invitation.expire(clock.instant());
            audit.event(FundingAction.EXPIRE_INVITATION).actor(actor)
                    .target(AGGREGATE, application.id).within(application.call.id)
                    .transition(application.status, application.status).detail(invitation.email).write();
        }
    }

    private void answered(ConsortiumInvitation invitation) {
        Application application = invitation.application;
        outbox.append("InvitationAnswered", application.id, new Answered(invitation.id, application.id, application.title,
                application.ownerId, invitation.email, caller.name().orElse(invitation.email), invitation.status));
    }

    private ConsortiumInvitation addressedToCaller(UUID id) {
        ConsortiumInvitation invitation = ConsortiumInvitation.findById(id);
        if (invitation == null || !caller.email().map(invitation.email::equals).orElse(false)) {
            throw ApiProblem.notFound("invitation", id);
        }
        return invitation;
    }
}
