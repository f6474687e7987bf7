package org.jointfunding.funding.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Roles;

import java.util.List;
import java.util.UUID;

/**
 * Who may do what with an application, decided once. Whoever may not even read it gets a 404, so
 * that other startups learn nothing about its existence.
 */
@ApplicationScoped
public class ApplicationAccess {

    private final Caller caller;

    public ApplicationAccess(Caller caller) {
        this.caller = caller;
    }

    /** Owner, collaborators, ADMIN, and (once submitted) the funding agencies' administrators. */
    public boolean canRead(Application application) {
        return caller.isAdmin() || application.isMember(caller.id()) || isFunderStaff(application);
    }

    /** The same rule over what {@link ApplicationReads} returns: the view and the agencies funding its call. */
    public boolean canRead(ApplicationView application, List<String> callFunders) {
        String me = caller.id();
        return caller.isAdmin()
                || (me != null && (me.equals(application.ownerId()) || application.collaborators().contains(me)))
                || (application.status() != ApplicationStatus.DRAFT && caller.is(Roles.AGENCY_ADMIN)
                    && caller.agency().map(callFunders::contains).orElse(false));
    }

    public boolean isFunderStaff(Application application) {
        return application.status != ApplicationStatus.DRAFT && caller.is(Roles.AGENCY_ADMIN)
                && caller.agency().map(application.call::fundedBy).orElse(false);
    }

    public Application readable(UUID id) {
        return readable(id, LockModeType.NONE);
    }

    public Application readable(UUID id, LockModeType lock) {
        Application application = Application.findById(id, lock);
        if (application == null || !canRead(application)) {
            throw ApiProblem.notFound("application", id);
        }
        return application;
    }

    /** Owner or collaborator: may edit the draft and upload attachments. */
    public Application editable(UUID id) {
        Application application = readable(id);
        if (!application.isMember(caller.id())) {
            throw ApiProblem.forbidden("Only the applicant and its invited collaborators may change this application");
        }
        return application;
    }

    /** The owning startup only: submit, withdraw, invite collaborators. */
    public Application owned(UUID id) {
        return owned(id, LockModeType.NONE);
    }

    public Application owned(UUID id, LockModeType lock) {
        Application application = readable(id, lock);
        if (!application.isOwnedBy(caller.id())) {
            throw ApiProblem.forbidden("Only the startup that owns this application may do this");
        }
        return application;
    }
}
