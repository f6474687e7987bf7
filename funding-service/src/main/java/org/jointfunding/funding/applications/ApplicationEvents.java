package org.jointfunding.funding.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.outbox.Outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What happens to an application, told to the other services (notification-service turns it
 * into feed items and e-mails) in the same transaction as the change. Each event names the
 * startups that work on the application, so a receiver needs nothing else to know whom to tell.
 */
@ApplicationScoped
public class ApplicationEvents {

    /** The event data: the application, its call, its members, and the move. */
    public record StatusChanged(UUID applicationId, String applicationTitle, UUID callId, String callTitle,
                                String ownerId, List<String> members, ApplicationStatus from, ApplicationStatus to,
                                String actor, String reason, Map<String, String> facts) {
    }

    public record DeadlineApproaching(UUID applicationId, String applicationTitle, UUID callId, String callTitle,
                                      List<String> members, Instant closesAt) {
    }

    private final Outbox outbox;

    public ApplicationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(Application application, ApplicationStatus from, String actor, String reason) {
        statusChanged(application, from, actor, reason, null);
    }

    /** {@code facts}: when the portal gave the reason, the same as values, as in the audit trail ({@code says}: which sentence). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(Application application, ApplicationStatus from, String actor, String reason, Map<String, String> facts) {
        outbox.append("ApplicationStatusChanged", application.id, new StatusChanged(application.id, application.title,
                application.call.id, application.call.title, application.ownerId, members(application), from, application.status,
                actor, reason, facts));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deadlineApproaching(Application application) {
        outbox.append("DraftDeadlineApproaching", application.id, new DeadlineApproaching(application.id, application.title,
                application.call.id, application.call.title, members(application), application.call.closesAt));
    }

    /** The owner first, then its partners. */
    public static List<String> members(Application application) {
        List<String> members = new ArrayList<>();
        members.add(application.ownerId);
        application.collaborators.stream().sorted().forEach(members::add);
        return members;
    }
}
