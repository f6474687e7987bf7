package org.jointfunding.mentorship.feedback;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.mentorship.matches.Match;
import org.jointfunding.mentorship.matches.MatchEvents;
import org.jointfunding.mentorship.matches.MatchService;
import org.jointfunding.mentorship.matches.MatchStatus;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Two-sided feedback: once the mentor accepted, each party rates the other once (1-5). The startups'
 * ratings make the mentor's average rating on its profile.
 */
@ApplicationScoped
public class FeedbackService {

    private final Clock clock;
    private final MatchService matches;
    private final MatchEvents events;

    public FeedbackService(Clock clock, MatchService matches, MatchEvents events) {
        this.clock = clock;
        this.matches = matches;
        this.events = events;
    }

    @Transactional
    public FeedbackView give(UUID matchId, Caller caller, FeedbackRequest input) {
        Match match = matches.visible(matchId, caller);
        FeedbackSide side = match.startupId.equals(caller.id()) ? FeedbackSide.STARTUP
                : matches.isMentor(match, caller) ? FeedbackSide.MENTOR : null;
        if (side == null) {
            throw ApiProblem.forbidden("Only the match's startup and mentor give feedback");
        }
        if (!EnumSet.of(MatchStatus.ACCEPTED, MatchStatus.ENDED).contains(match.status)) {
            throw ApiProblem.conflict("match-not-active", "Feedback is given on accepted or ended matches; this one is "
                    + match.status).with("state", match.status.name());
        }
        if (Feedback.count("matchId = ?1 and authorSide = ?2", match.id, side) > 0) {
            throw ApiProblem.conflict("feedback-exists", "The " + side.name().toLowerCase() + " already gave feedback on this match");
        }
        Feedback feedback = new Feedback();
        feedback.id = UUID.randomUUID();
        feedback.matchId = match.id;
        feedback.mentorId = match.mentorId;
        feedback.authorId = caller.id();
        feedback.authorSide = side;
        feedback.rating = input.rating();
        feedback.comment = input.comment();
        feedback.createdAt = clock.instant();
        feedback.persist();
        events.feedbackReceived(match, caller.id(), caller.name().orElse(null));
        return FeedbackView.of(feedback);
    }

    @Transactional
    public List<FeedbackView> of(UUID matchId, Caller caller) {
        Match match = matches.visible(matchId, caller);
        return Feedback.<Feedback>list("matchId", Sort.by("createdAt").and("id"), match.id).stream().map(FeedbackView::of).toList();
    }
}
