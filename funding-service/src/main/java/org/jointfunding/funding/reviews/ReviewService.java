package org.jointfunding.funding.reviews;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.funding.applications.Application;
import org.jointfunding.funding.applications.ApplicationAccess;
import org.jointfunding.funding.applications.ApplicationStatus;
import org.jointfunding.funding.audit.AuditTrail;
import org.jointfunding.funding.audit.FundingAction;
import org.jointfunding.funding.common.QueryValues;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.Roles;
import org.jointfunding.kit.outbox.Outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReviewService {

    private static final String AGGREGATE = "REVIEW";

    private final Caller caller;
    private final ApplicationAccess applications;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    /** The data of ReviewAssigned, for the reviewer: what to review, in which call. */
    public record Assigned(UUID reviewId, UUID applicationId, String applicationTitle, UUID callId, String callTitle,
                           String reviewerId, boolean blind) {
    }

    public ReviewService(Caller caller, ApplicationAccess applications, AuditTrail audit, Outbox outbox, Clock clock) {
        this.caller = caller;
        this.applications = applications;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An administrator of a co-funding agency assigns one of its own agency's reviewers, never the applicant. */
    @Transactional
    public ReviewView assign(ReviewRequests.Assignment request) {
        Application application = applications.readable(request.applicationId());
        if (!caller.isAdmin() && !applications.isFunderStaff(application)) {
            throw ApiProblem.forbidden("Only an administrator of an agency funding this call assigns its reviewers");
        }
        if (application.status != ApplicationStatus.UNDER_REVIEW) {
            throw ApiProblem.illegalTransition("application", application.status, "assign a reviewer to");
        }
        if (!application.call.fundedBy(request.reviewerAgency())) {
            throw ApiProblem.invalidField("reviewerAgency", request.reviewerAgency() + " does not fund this call");
        }
        if (!caller.isAdmin() && !caller.administers(request.reviewerAgency())) {
            throw ApiProblem.forbidden("An agency assigns only its own reviewers; " + request.reviewerAgency() + " assigns its own");
        }
        if (application.isMember(request.reviewerId())) {
            throw ApiProblem.conflict("reviewer-is-applicant", "An applicant cannot review its own application");
        }
        if (Review.count("application = ?1 and reviewerId = ?2", application, request.reviewerId()) > 0) {
            throw ApiProblem.conflict("already-assigned", "This reviewer is already assigned to this application (or declared a conflict)");
        }
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.application = application;
        review.reviewerId = request.reviewerId();
        review.reviewerAgency = request.reviewerAgency();
        review.assignedBy = caller.id();
        review.assignedAt = clock.instant();
        review.status = ReviewStatus.ASSIGNED;
        review.persist();
        audit.event(FundingAction.ASSIGN).actor(caller.id())
                .target(AGGREGATE, review.id).within(application.call.id)
                .transition(null, review.status)
                .detail("reviewer " + review.reviewerId + " of " + review.reviewerAgency + " on application " + application.id)
                .says("reviewer-assigned", "reviewer", review.reviewerId, "agency", review.reviewerAgency, "application", application.id,
                        "title", application.title)
                .write();
        outbox.append("ReviewAssigned", review.id, new Assigned(review.id, application.id, application.title,
                application.call.id, application.call.title, review.reviewerId, application.call.blindReview));
        return ReviewView.of(review, false, false);
    }

    /** A reviewer sees only its own assignments; agency admins those on calls they fund; ADMIN all. */
    public Page<ReviewView> list(ReviewFilter filter, int limit, int offset) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!caller.isAdmin()) {
            if (caller.is(Roles.AGENCY_ADMIN)) {
                where.add("exists (from Funder f where f.call = r.application.call and f.agencyCode = :agency)");
                params.and("agency", caller.agency().orElse(""));
            } else {
                where.add("r.reviewerId = :me");
                params.and("me", caller.id());
            }
        }
        if (filter.applicationId != null) {
            where.add("r.application.id = :application");
            params.and("application", QueryValues.uuid("applicationId", filter.applicationId));
        }
        if (filter.status != null) {
            where.add("r.status = :status");
            params.and("status", ReviewStatus.valueOf(filter.status));
        }
        String query = "from Review r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var found = Review.<Review>find(query, Sort.by("assignedAt").and("id"), params);
        return Page.read(found, limit, offset).map(this::view);
    }

    @Transactional
    public ReviewView get(UUID id) {
        Review review = readable(id);
        return view(review);
    }

    @Transactional
    public ReviewView declareConflict(UUID id, String reason) {
        Review review = own(id);
        ReviewStatus from = review.status;
        review.declareConflict(reason);
        audit.event(FundingAction.DECLARE_CONFLICT).actor(caller.id())
                .target(AGGREGATE, review.id).within(review.application.call.id)
                .transition(from, review.status).detail(reason).write();
        Review.flush();
        return view(review);
    }

    @Transactional
    public ReviewView submit(UUID id, ReviewRequests.Scores request) {
        Review review = own(id);
        if (review.application.status != ApplicationStatus.UNDER_REVIEW) {
            throw ApiProblem.illegalTransition("application", review.application.status, "review");
        }
        ReviewStatus from = review.status;
        review.submit(review.application.call.criteria,
                request.scores().stream().map(s -> new Score(s.criterion(), s.score(), s.comment().strip())).toList(),
                clock.instant());
        audit.event(FundingAction.SUBMIT).actor(caller.id())
                .target(AGGREGATE, review.id).within(review.application.call.id)
                .transition(from, review.status)
                .detail(review.disqualified ? "below threshold: disqualifies" : null)
                .says(review.disqualified ? "disqualified" : null).write();
        Review.flush();
        return view(review);
    }

    private Review readable(UUID id) {
        Review review = Review.findById(id);
        if (review == null || !(isReviewer(review) || caller.isAdmin()
                || caller.agency().filter(caller::administers).map(review.application.call::fundedBy).orElse(false))) {
            throw ApiProblem.notFound("review", id);
        }
        return review;
    }

    private Review own(UUID id) {
        Review review = readable(id);
        if (!isReviewer(review)) {
            throw ApiProblem.forbidden("Only the assigned reviewer may do this");
        }
        return review;
    }

    private boolean isReviewer(Review review) {
        return caller.is(Roles.REVIEWER) && review.reviewerId.equals(caller.id())
                && caller.agency().map(review.reviewerAgency::equals).orElse(false);
    }

    /**
     * In a blind call the reviewer does not learn who applied; agency staff still do. A reviewer who
     * declared a conflict keeps the assignment but no longer reads the application.
     */
    private ReviewView view(Review review) {
        boolean ownReview = review.reviewerId.equals(caller.id());
        return ReviewView.of(review, blindFor(review), ownReview && review.status == ReviewStatus.CONFLICT_DECLARED);
    }

    private boolean blindFor(Review review) {
        return review.application.call.blindReview && review.reviewerId.equals(caller.id());
    }
}
