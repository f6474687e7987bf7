package org.jointfunding.mentorship.matches;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.BusinessCounters;
import org.jointfunding.kit.outbox.Outbox;
import org.jointfunding.mentorship.mentors.MentorProfile;
import org.jointfunding.mentorship.requests.MentoringRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * What happens to a match, told to the other services (notification-service tells the mentor
 * and the startup) in the same transaction as the change, and counted on /q/metrics
 * ({@code portal_matches_total{status}}: proposed, accepted, declined, expired). Each event names
 * both parties' accounts.
 */
@ApplicationScoped
public class MatchEvents {

    /** The data of MatchProposed, MatchAccepted, MatchDeclined and MatchExpired. */
    public record MatchChanged(UUID matchId, UUID requestId, String startupId, String mentorAccountId, String mentorName,
                               String sector, Instant expiresAt, MatchStatus status) {
    }

    /** The data of SessionLogged and FeedbackReceived: who did it, and the other party, who is told. */
    public record PartyActed(UUID matchId, String byId, String byName, String otherPartyId, LocalDate heldOn) {
    }

    private final Outbox outbox;
    private final BusinessCounters counters;

    public MatchEvents(Outbox outbox, BusinessCounters counters) {
        this.outbox = outbox;
        this.counters = counters;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String type, Match match) {
        MentorProfile mentor = MentorProfile.findById(match.mentorId);
        MentoringRequest request = MentoringRequest.findById(match.requestId);
        outbox.append(type, match.id, new MatchChanged(match.id, match.requestId, match.startupId,
                mentor == null ? null : mentor.accountId, mentor == null ? null : mentor.displayName,
                request == null ? null : request.sector, match.expiresAt, match.status));
        counters.countOnCommit("portal.matches", "Matches by what became of them", "status", match.status.name().toLowerCase(Locale.ROOT));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionLogged(Match match, String byId, String byName, LocalDate heldOn) {
        outbox.append("SessionLogged", match.id, new PartyActed(match.id, byId, byName, otherParty(match, byId), heldOn));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void feedbackReceived(Match match, String byId, String byName) {
        outbox.append("FeedbackReceived", match.id, new PartyActed(match.id, byId, byName, otherParty(match, byId), null));
    }

    private static String otherParty(Match match, String byId) {
        if (match.startupId.equals(byId)) {
            MentorProfile mentor = MentorProfile.findById(match.mentorId);
            return mentor == null ? null : mentor.accountId;
        }
        return match.startupId;
    }
}
