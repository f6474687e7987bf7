package org.jointfunding.mentorship.matches;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Page;
import org.jointfunding.mentorship.audit.AuditTrail;
import org.jointfunding.mentorship.audit.AuditView;
import org.jointfunding.mentorship.mentors.MentorProfile;
import org.jointfunding.mentorship.requests.MentoringRequest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Matches: only their parties (the request's startup, the proposed mentor) and admins see them; only
 * the proposed mentor answers a proposal. A decline or expiry proposes the next best mentor.
 */
@ApplicationScoped
public class MatchService {

    private static final Logger LOG = Logger.getLogger(MatchService.class);

    private final Clock clock;
    private final AuditTrail audit;
    private final MatchProposals proposals;
    private final MatchEvents events;

    public MatchService(Clock clock, AuditTrail audit, MatchProposals proposals, MatchEvents events) {
        this.clock = clock;
        this.audit = audit;
        this.proposals = proposals;
        this.events = events;
    }

    @Transactional
    public MatchView get(UUID id, Caller caller) {
        return view(visible(id, caller));
    }

    /** The caller's matches (all of them for an admin). */
    public Page<MatchView> list(Caller caller, MatchStatus status, int limit, int offset) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!caller.isAdmin()) {
            UUID ownMentorId = MentorProfile.findByAccount(caller.id()).map(m -> m.id).orElse(null);
            where.add("(startupId = :me or mentorId = :mentor)");
            params.and("me", caller.id()).and("mentor", ownMentorId);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        Sort sort = Sort.by("proposedAt").and("id");
        var query = where.isEmpty() ? Match.<Match>findAll(sort) : Match.<Match>find(String.join(" and ", where), sort, params);
        List<Match> matches = query.range(offset, offset + limit - 1).list();
        return Page.of(views(matches), limit, offset, query::count);
    }

    @Transactional
    public MatchView accept(UUID id, Caller caller) {
        Match match = answerable(id, caller);
        match.accept(clock.instant(), audit, caller.id());
        request(match).matched(audit, caller.id());
        events.changed("MatchAccepted", match);
        Match.flush();
        return view(match);
    }

    @Transactional
    public MatchView decline(UUID id, Caller caller, String reason) {
        Match match = answerable(id, caller);
        match.decline(clock.instant(), audit, caller.id(), reason);
        events.changed("MatchDeclined", match);
        proposals.proposeNext(request(match), caller.id(), "mentor declined");
        Match.flush();
        return view(match);
    }

    /** Either party (or an admin) ends an accepted match; its request is then closed. */
    @Transactional
    public MatchView end(UUID id, Caller caller, String reason) {
        Match match = visible(id, caller);
        match.end(clock.instant(), audit, caller.id(), reason);
        request(match).closed(audit, caller.id(), reason);
        Match.flush();
        return view(match);
    }

    @Transactional
    public Page<AuditView> audit(UUID id, Caller caller) {
        return Page.all(audit.of(visible(id, caller).id));
    }

    /** Expires every proposal past its answer time and proposes the next mentor for each. */
    @Transactional
    public int expireOverdue() {
        List<Match> overdue = Match.list("status = ?1 and expiresAt <= ?2", Sort.by("expiresAt").and("id"),
                MatchStatus.PROPOSED, clock.instant());
        for (Match match : overdue) {
            match.expire(audit);
            events.changed("MatchExpired", match);
            proposals.proposeNext(request(match), AuditTrail.SYSTEM, "proposal expired");
        }
        if (!overdue.isEmpty()) {
            LOG.infof("Expired %d unanswered proposals", overdue.size());
        }
        return overdue.size();
    }

    /** The match if the caller is one of its parties or an admin; anyone else learns nothing (404). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Match visible(UUID id, Caller caller) {
        Match match = Match.findById(id);
        if (match == null || !(caller.isAdmin() || match.startupId.equals(caller.id()) || isMentor(match, caller))) {
            throw ApiProblem.notFound("match", id);
        }
        return match;
    }

    public boolean isMentor(Match match, Caller caller) {
        MentorProfile mentor = MentorProfile.findById(match.mentorId);
        return mentor != null && mentor.accountId.equals(caller.id());
    }

    private Match answerable(UUID id, Caller caller) {
        Match match = visible(id, caller);
        if (!isMentor(match, caller)) {
            throw ApiProblem.forbidden("Only the proposed mentor answers a proposal");
        }
        return match;
    }

    private static MentoringRequest request(Match match) {
        return MentoringRequest.findById(match.requestId);
    }

    private MatchView view(Match match) {
        MentorProfile mentor = MentorProfile.findById(match.mentorId);
        return MatchView.of(match, mentor.displayName, request(match));
    }

    private List<MatchView> views(List<Match> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = MentorProfile.<MentorProfile>list("id in ?1", matches.stream().map(m -> m.mentorId).distinct().toList())
                .stream().collect(Collectors.toMap(m -> m.id, m -> m.displayName));
        Map<UUID, MentoringRequest> requests = MentoringRequest.<MentoringRequest>list("id in ?1",
                        matches.stream().map(m -> m.requestId).distinct().toList())
                .stream().collect(Collectors.toMap(r -> r.id, r -> r));
        return matches.stream().map(m -> MatchView.of(m, names.get(m.mentorId), requests.get(m.requestId))).toList();
    }
}
