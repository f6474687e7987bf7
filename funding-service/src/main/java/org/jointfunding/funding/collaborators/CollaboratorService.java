package org.jointfunding.funding.collaborators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.funding.applications.Application;
import org.jointfunding.funding.applications.ApplicationAccess;
import org.jointfunding.funding.audit.AuditTrail;
import org.jointfunding.funding.audit.FundingAction;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Page;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The partner startups that work on a draft: listed with who they are, removed by the owner, or leaving. */
@ApplicationScoped
public class CollaboratorService {

    private final Caller caller;
    private final ApplicationAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public CollaboratorService(Caller caller, ApplicationAccess access, AuditTrail audit, Clock clock) {
        this.caller = caller;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Page<CollaboratorView> list(UUID applicationId) {
        Application application = access.readable(applicationId);
        Map<String, ConsortiumInvitation> joined = memberships(application).stream()
                .collect(Collectors.toMap(i -> i.inviteeId, Function.identity(), (a, b) -> a));
        List<CollaboratorView> collaborators = application.collaborators.stream()
                .map(id -> {
                    ConsortiumInvitation how = joined.get(id);
                    return how == null ? new CollaboratorView(id, null, null, null)
                            : new CollaboratorView(id, how.email, how.inviteeName, how.answeredAt);
                })
                .sorted(Comparator.comparing(CollaboratorView::joinedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                        .thenComparing(CollaboratorView::startupId))
                .toList();
        return Page.all(collaborators);
    }

    /** The owner removes a partner, or a partner leaves by removing itself. */
    @Transactional
    public void remove(UUID applicationId, String startupId) {
        Application application = access.readable(applicationId);
        boolean leaving = startupId.equals(caller.id()) && application.collaborators.contains(startupId);
        if (!leaving && !application.isOwnedBy(caller.id())) {
            throw ApiProblem.forbidden("Only the startup that owns this application may remove its partners");
        }
        if (!application.collaborators.remove(startupId)) {
            throw ApiProblem.notFound("collaborator", startupId);
        }
        memberships(application).stream().filter(i -> startupId.equals(i.inviteeId)).forEach(i -> i.end(clock.instant()));
        audit.event(leaving ? FundingAction.LEAVE : FundingAction.REMOVE_COLLABORATOR).actor(caller.id())
                .target("APPLICATION", application.id).within(application.call.id)
                .transition(application.status, application.status).detail(startupId).write();
    }

    private static List<ConsortiumInvitation> memberships(Application application) {
        return ConsortiumInvitation.list("application = ?1 and status = ?2", application, InvitationStatus.ACCEPTED);
    }
}
