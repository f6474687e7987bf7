package org.jointfunding.funding.reviews;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jointfunding.funding.applications.Application;
import org.jointfunding.funding.calls.Criterion;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem.FieldError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One reviewer's assignment to one application, and, once submitted, its scores. */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    public Application application;

    @Column(name = "reviewer_id")
    public String reviewerId;

    @Column(name = "reviewer_agency")
    public String reviewerAgency;

    @Column(name = "assigned_by")
    public String assignedBy;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Enumerated(EnumType.STRING)
    public ReviewStatus status;

    @Column(name = "conflict_reason")
    public String conflictReason;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** A score below a criterion's threshold puts the application out of the running. */
    public boolean disqualified;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    public List<Score> scores = new ArrayList<>();

    public void declareConflict(String reason) {
        require("declare a conflict on");
        status = ReviewStatus.CONFLICT_DECLARED;
        conflictReason = reason;
    }

    /** Takes one score per criterion, each within 0..max and commented; a miss of any threshold disqualifies. */
    public void submit(List<Criterion> criteria, List<Score> given, Instant now) {
        require("submit");
        List<FieldError> errors = new ArrayList<>();
        Map<String, Score> byCriterion = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            Score score = given.get(i);
            if (byCriterion.put(score.criterion, score) != null) {
                errors.add(new FieldError("scores[" + i + "].criterion", "scores " + score.criterion + " twice"));
            }
            if (criteria.stream().noneMatch(c -> c.name.equals(score.criterion))) {
                errors.add(new FieldError("scores[" + i + "].criterion", "the call has no criterion " + score.criterion));
            }
        }
        List<Score> ordered = new ArrayList<>();
        boolean missedThreshold = false;
        for (Criterion criterion : criteria) {
            Score score = byCriterion.get(criterion.name);
            if (score == null) {
                errors.add(new FieldError("scores", "no score for criterion " + criterion.name));
                continue;
            }
            if (score.score < 0 || score.score > criterion.maxScore) {
                errors.add(new FieldError("scores." + criterion.name, "must be between 0 and " + criterion.maxScore));
            }
            missedThreshold |= score.score < criterion.threshold;
            ordered.add(score);
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("The review is incomplete or out of range", errors);
        }
        scores.clear();
        scores.addAll(ordered);
        disqualified = missedThreshold;
        status = ReviewStatus.SUBMITTED;
        submittedAt = now;
    }

    private void require(String action) {
        if (status != ReviewStatus.ASSIGNED) {
            throw ApiProblem.illegalTransition("review", status, action);
        }
    }
}
