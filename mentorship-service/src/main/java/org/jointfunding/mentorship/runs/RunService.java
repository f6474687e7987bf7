package org.jointfunding.mentorship.runs;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Page;
import org.jointfunding.mentorship.matches.Match;
import org.jointfunding.mentorship.matches.MatchProposals;
import org.jointfunding.mentorship.matching.Assignment;
import org.jointfunding.mentorship.matching.CandidatePruner;
import org.jointfunding.mentorship.matching.Candidates;
import org.jointfunding.mentorship.matching.MatchingConfig;
import org.jointfunding.mentorship.matching.MentorPool;
import org.jointfunding.mentorship.matching.OptimalAssignment;
import org.jointfunding.mentorship.matching.OrToolsNatives;
import org.jointfunding.mentorship.mentors.MentorProfile;
import org.jointfunding.mentorship.programs.Program;
import org.jointfunding.mentorship.requests.MentoringRequest;
import org.jointfunding.mentorship.requests.RequestStatus;
import org.jointfunding.mentorship.scoring.MatchScorer;
import org.jointfunding.mentorship.scoring.RequestFeatures;
import org.jointfunding.mentorship.scoring.Score;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Batch matching: every open request (of one program, or all) gets the mentor that maximises the
 * total score under the mentors' remaining capacities, proposed in one transaction.
 */
@ApplicationScoped
public class RunService {

    private static final Logger LOG = Logger.getLogger(RunService.class);

    private final Clock clock;
    private final MatchingConfig config;
    private final MentorPool pool;
    private final MatchScorer scorer;
    private final MatchProposals proposals;

    public RunService(Clock clock, MatchingConfig config, MentorPool pool, MatchScorer scorer,
                      MatchProposals proposals) {
        this.clock = clock;
        this.config = config;
        this.pool = pool;
        this.scorer = scorer;
        this.proposals = proposals;
    }

    @Transactional
    public RunView run(Caller caller, RunRequest input) {
        MatchingRun run = execute(caller.id(), input.programId(), input.k() == null ? config.pruneK() : input.k());
        return view(run);
    }

    public RunView get(UUID id) {
        MatchingRun run = MatchingRun.findById(id);
        if (run == null) {
            throw ApiProblem.notFound("matching run", id);
        }
        return view(run);
    }

    public Page<RunView> list(int limit, int offset) {
        var query = MatchingRun.<MatchingRun>findAll(Sort.by("startedAt").and("id"));
        return Page.read(query, limit, offset).map(this::view);
    }

    private MatchingRun execute(String actor, UUID programId, int k) {
        long started = System.nanoTime();
        if (programId != null && Program.findById(programId) == null) {
            throw ApiProblem.invalidField("programId", "no such program");
        }
        OrToolsNatives.ensureLoaded(); // the first run after a start unpacks them: not while holding the capacity lock
        pool.lockCapacity();
        List<MentoringRequest> open = programId == null
                ? MentoringRequest.list("status", Sort.by("createdAt").and("id"), RequestStatus.OPEN)
                : MentoringRequest.list("status = ?1 and programId = ?2", Sort.by("createdAt").and("id"), RequestStatus.OPEN, programId);
        MentorPool.Pool mentors = pool.load(programId);
        List<RequestFeatures> features = open.stream().map(r -> MentorPool.features(mentors.space(), r)).toList();
        Candidates candidates = new CandidatePruner(scorer).prune(features, mentors.features(), k,
                MentorPool.exclusions(open, mentors, pool.triedMentors(open.stream().map(r -> r.id).toList())));
        Assignment assignment = OptimalAssignment.assign(candidates, mentors.remaining(), scorer.maxUnits());

        MatchingRun run = new MatchingRun();
        run.id = UUID.randomUUID();
        run.startedBy = actor;
        run.programId = programId;
        run.pruneK = k;
        run.startedAt = clock.instant();
        run.requestCount = open.size();
        run.mentorCount = mentors.mentors().size();
        run.unmatchedRequestIds = new ArrayList<>();
        run.persist();
        for (int r = 0; r < open.size(); r++) {
            int m = assignment.mentorOf()[r];
            if (m == Assignment.UNMATCHED) {
                run.unmatchedRequestIds.add(open.get(r).id);
                continue;
            }
            Score score = scorer.explain(features.get(r), mentors.features().get(m), mentors.space());
            proposals.propose(open.get(r), mentors.mentors().get(m), score, run.id, actor, "batch matching run " + run.id);
        }
        run.proposedCount = assignment.matched();
        run.totalScore = assignment.totalScore() / (double) MatchScorer.UNITS;
        run.durationMs = (System.nanoTime() - started) / 1_000_000;
        Match.flush();
        LOG.infof("Matching run %s: %d requests, %d mentors, %d proposed, total score %.2f, %d ms", run.id,
                run.requestCount, run.mentorCount, run.proposedCount, run.totalScore, run.durationMs);
        return run;
    }

    private RunView view(MatchingRun run) {
        List<Match> matches = Match.list("runId", Sort.by("proposedAt").and("requestId"), run.id);
        Map<UUID, String> mentorNames = MentorProfile.<MentorProfile>list("id in ?1", matches.stream().map(m -> m.mentorId).toList())
                .stream().collect(Collectors.toMap(p -> p.id, p -> p.displayName));
        Map<UUID, String> startupNames = new HashMap<>();
        MentoringRequest.<MentoringRequest>list("id in ?1", matches.stream().map(m -> m.requestId).toList())
                .forEach(r -> startupNames.put(r.id, r.startupName));
        List<RunView.Proposal> made = matches.stream()
                .map(m -> new RunView.Proposal(m.id, m.requestId, startupNames.get(m.requestId), m.mentorId,
                        mentorNames.get(m.mentorId), m.status, m.score, m.explanation)).toList();
        return new RunView(run.id, run.startedBy, run.programId, run.pruneK, run.startedAt, run.requestCount,
                run.mentorCount, run.proposedCount, run.totalScore, run.durationMs, made, List.copyOf(run.unmatchedRequestIds));
    }
}
