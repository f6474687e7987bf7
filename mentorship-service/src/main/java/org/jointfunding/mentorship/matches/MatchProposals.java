package org.jointfunding.mentorship.matches;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.mentorship.audit.AuditTrail;
import org.jointfunding.mentorship.audit.MentorshipAction;
import org.jointfunding.mentorship.matching.CandidatePruner;
import org.jointfunding.mentorship.matching.Candidates;
import org.jointfunding.mentorship.matching.MatchingConfig;
import org.jointfunding.mentorship.matching.MentorPool;
import org.jointfunding.mentorship.mentors.MentorProfile;
import org.jointfunding.mentorship.requests.MentoringRequest;
import org.jointfunding.mentorship.scoring.MatchScorer;
import org.jointfunding.mentorship.scoring.RequestFeatures;
import org.jointfunding.mentorship.scoring.Score;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates proposals: from a batch run, or the next best mentor after a decline or an expiry. */
@ApplicationScoped
public class MatchProposals {

    private final Clock clock;
    private final MatchingConfig config;
    private final AuditTrail audit;
    private final MentorPool pool;
    private final MatchScorer scorer;
    private final MatchEvents events;

    public MatchProposals(Clock clock, MatchingConfig config, AuditTrail audit, MentorPool pool, MatchScorer scorer, MatchEvents events) {
        this.clock = clock;
        this.config = config;
        this.audit = audit;
        this.pool = pool;
        this.scorer = scorer;
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Match propose(MentoringRequest request, MentorProfile mentor, Score score, UUID runId, String actor, String reason) {
        Instant now = clock.instant();
        Match match = Match.propose(request.id, mentor.id, request.startupId, runId, score.points(), score.explanation(),
                now, now.plus(config.proposalTtl()));
        request.proposed(audit, actor, reason);
        match.persist();
        audit.event(MentorshipAction.PROPOSE).actor(actor).target(Match.AGGREGATE, match.id).transition(null, MatchStatus.PROPOSED)
                .detail(reason).write();
        events.changed("MatchProposed", match);
        return match;
    }

    /**
     * After a decline or expiry: the best active mentor with room that this request has not tried yet
     * (within its program, if any); with none left the request goes back to OPEN for the next run.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Match> proposeNext(MentoringRequest request, String actor, String why) {
        Match.flush(); // the old proposal must be closed in the database before a new live one is inserted
        pool.lockCapacity();
        MentorPool.Pool mentors = pool.load(request.programId);
        RequestFeatures features = MentorPool.features(mentors.space(), request);
        Candidates best = new CandidatePruner(scorer).prune(List.of(features), mentors.features(), 1,
                MentorPool.exclusions(List.of(request), mentors, pool.triedMentors(List.of(request.id))));
        if (best.mentors()[0].length == 0) {
            request.reopened(audit, actor, why + "; no other mentor with free capacity");
            return Optional.empty();
        }
        int m = best.mentors()[0][0];
        Score score = scorer.explain(features, mentors.features().get(m), mentors.space());
        return Optional.of(propose(request, mentors.mentors().get(m), score, null, actor, why + "; next best mentor proposed"));
    }
}
