package org.jointfunding.mentorship.sessions;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Page;
import org.jointfunding.mentorship.matches.Match;
import org.jointfunding.mentorship.matches.MatchEvents;
import org.jointfunding.mentorship.matches.MatchService;
import org.jointfunding.mentorship.matches.MatchStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Sessions: either party of an accepted match logs them; the parties and admins read them. */
@ApplicationScoped
public class SessionService {

    private final Clock clock;
    private final MatchService matches;
    private final MatchEvents events;

    public SessionService(Clock clock, MatchService matches, MatchEvents events) {
        this.clock = clock;
        this.matches = matches;
        this.events = events;
    }

    @Transactional
    public SessionView log(UUID matchId, Caller caller, SessionRequest input) {
        Match match = matches.visible(matchId, caller);
        if (!match.startupId.equals(caller.id()) && !matches.isMentor(match, caller)) {
            throw ApiProblem.forbidden("Only the match's startup and mentor log sessions");
        }
        if (match.status != MatchStatus.ACCEPTED) {
            throw ApiProblem.conflict("match-not-active", "Sessions are logged on accepted matches; this one is " + match.status)
                    .with("state", match.status.name());
        }
        if (input.heldOn().isAfter(LocalDate.now(clock))) {
            throw ApiProblem.invalidField("heldOn", "must not be in the future");
        }
        MentoringSession session = new MentoringSession();
        session.id = UUID.randomUUID();
        session.matchId = match.id;
        session.heldOn = input.heldOn();
        session.durationMinutes = input.durationMinutes();
        session.notes = input.notes();
        session.loggedBy = caller.id();
        session.createdAt = clock.instant();
        session.persist();
        events.sessionLogged(match, caller.id(), caller.name().orElse(null), session.heldOn);
        return SessionView.of(session);
    }

    @Transactional
    public SessionView get(UUID matchId, UUID sessionId, Caller caller) {
        Match match = matches.visible(matchId, caller);
        MentoringSession session = MentoringSession.findById(sessionId);
        if (session == null || !session.matchId.equals(match.id)) {
            throw ApiProblem.notFound("session", sessionId);
        }
        return SessionView.of(session);
    }

    @Transactional
    public Page<SessionView> list(UUID matchId, Caller caller, int limit, int offset) {
        Match match = matches.visible(matchId, caller);
        var query = MentoringSession.<MentoringSession>find("matchId", Sort.by("heldOn").and("createdAt").and("id"), match.id);
        return Page.read(query, limit, offset).map(SessionView::of);
    }
}
