package org.jointfunding.funding.collaborators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.funding.applications.Application;
import org.jointfunding.funding.applications.ApplicationAccess;
import org.jointfunding.funding.audit.AuditTrail;
import org.jointfunding.funding.common.Caller;
import org.jointfunding.funding.common.Created;
import org.jointfunding.kit.ApiProblem;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The owner invites partner startups to edit its draft; they may not submit or withdraw it. */
@ApplicationScoped
public class CollaboratorService {

    private final Caller caller;
    private final ApplicationAccess access;
    private final AuditTrail audit;

    public CollaboratorService(Caller caller, ApplicationAccess access, AuditTrail audit) {
        this.caller = caller;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public List<String> list(UUID applicationId) {
        return access.readable(applicationId).collaborators.stream().sorted().toList();
    }

    @Transactional
    public Created<CollaboratorView> invite(UUID applicationId, String startupId) {
        Application application = access.owned(applicationId);
        application.checkEditable();
        if (application.isMember(startupId)) {
            throw ApiProblem.conflict("already-collaborating", "That startup already works on this application");
        }
        application.collaborators.add(startupId);
        audit.record(caller.id(), "APPLICATION", application.id, application.call.id, "invite-collaborator",
                application.status, application.status, startupId);
        return new Created<>(URI.create("/api/funding/applications/" + application.id + "/collaborators/" + startupId),
                new CollaboratorView(application.id, startupId));
    }

    @Transactional
    public void remove(UUID applicationId, String startupId) {
        Application application = access.owned(applicationId);
        if (!application.collaborators.remove(startupId)) {
            throw ApiProblem.notFound("collaborator", startupId);
        }
        audit.record(caller.id(), "APPLICATION", application.id, application.call.id, "remove-collaborator",
                application.status, application.status, startupId);
    }
}
