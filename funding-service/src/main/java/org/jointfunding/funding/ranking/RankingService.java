package org.jointfunding.funding.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.funding.applications.Application;
import org.jointfunding.funding.applications.ApplicationStatus;
import org.jointfunding.funding.calls.CallService;
import org.jointfunding.funding.calls.JointCall;
import org.jointfunding.funding.reviews.Review;
import org.jointfunding.funding.reviews.ReviewStatus;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class RankingService {

    private static final List<ApplicationStatus> RANKED = List.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.AWARDED, ApplicationStatus.REJECTED);

    private final CallService calls;

    public RankingService(CallService calls) {
        this.calls = calls;
    }

    /** For the funding agencies' administrators and ADMIN. */
    @Transactional
    public RankingView ranking(UUID callId) {
        JointCall call = calls.managed(callId);
        return new RankingView(call.id, Ranking.RULE, Ranking.rank(candidates(call)));
    }

    /** The ranking entry of one application, for the awards' "only ranked applications" rule. */
    public static Ranking.Entry entryOf(Application application) {
        List<Ranking.ReviewResult> reviews = submittedReviews(List.of(application)).getOrDefault(application.id, List.of());
        return Ranking.rank(List.of(candidate(application, reviews))).get(0);
    }

    private static List<Ranking.Candidate> candidates(JointCall call) {
        List<Application> applications = Application.list("call = ?1 and status in ?2", call, RANKED);
        Map<UUID, List<Ranking.ReviewResult>> reviews = submittedReviews(applications);
        return applications.stream().map(a -> candidate(a, reviews.getOrDefault(a.id, List.of()))).toList();
    }

    private static Ranking.Candidate candidate(Application a, List<Ranking.ReviewResult> reviews) {
        return new Ranking.Candidate(a.id, a.title, a.status.name(), a.submittedAt, reviews);
    }

    private static Map<UUID, List<Ranking.ReviewResult>> submittedReviews(List<Application> applications) {
        if (applications.isEmpty()) {
            return Map.of();
        }
        List<Review> reviews = Review.list("application in ?1 and status = ?2", applications, ReviewStatus.SUBMITTED);
        return reviews.stream().collect(Collectors.groupingBy(r -> r.application.id, Collectors.mapping(
                r -> new Ranking.ReviewResult(Ranking.weightedScore(r.application.call.criteria, r.scores), r.disqualified),
                Collectors.toList())));
    }
}
