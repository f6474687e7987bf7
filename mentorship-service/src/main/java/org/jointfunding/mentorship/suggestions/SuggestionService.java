package org.jointfunding.mentorship.suggestions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.Caller;
import org.jointfunding.mentorship.matching.CandidatePruner;
import org.jointfunding.mentorship.matching.Candidates;
import org.jointfunding.mentorship.matching.MentorPool;
import org.jointfunding.mentorship.mentors.MentorProfile;
import org.jointfunding.mentorship.requests.MentoringRequest;
import org.jointfunding.mentorship.requests.RequestService;
import org.jointfunding.mentorship.scoring.MatchScorer;
import org.jointfunding.mentorship.scoring.RequestFeatures;
import org.jointfunding.mentorship.scoring.Score;

import java.util.ArrayList;
import java.util.List;

/** The best k mentors for one request, each with its explained score; proposes nothing. */
@ApplicationScoped
public class SuggestionService {

    private final RequestService requests;
    private final MentorPool pool;
    private final MatchScorer scorer;

    public SuggestionService(RequestService requests, MentorPool pool, MatchScorer scorer) {
        this.requests = requests;
        this.pool = pool;
        this.scorer = scorer;
    }

    @Transactional
    public List<SuggestionView> suggest(java.util.UUID requestId, Caller caller, int k) {
        MentoringRequest request = requests.visible(requestId, caller);
        MentorPool.Pool mentors = pool.load(request.programId);
        RequestFeatures features = MentorPool.features(mentors.space(), request);
        List<MentoringRequest> one = List.of(request);
        Candidates best = new CandidatePruner(scorer).prune(List.of(features), mentors.features(), k,
                MentorPool.exclusions(one, mentors, pool.triedMentors(List.of(request.id))));
        List<SuggestionView> suggestions = new ArrayList<>();
        for (int m : best.mentors()[0]) {
            MentorProfile mentor = mentors.mentors().get(m);
            Score score = scorer.explain(features, mentors.features().get(m), mentors.space());
            suggestions.add(new SuggestionView(mentor.id, mentor.displayName, score.points(), score.explanation()));
        }
        return suggestions;
    }
}
