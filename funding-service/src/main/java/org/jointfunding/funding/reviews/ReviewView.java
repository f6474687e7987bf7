package org.jointfunding.funding.reviews;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.funding.applications.Application;
import org.jointfunding.funding.calls.CallView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

@Schema(description = "A review assignment, with what the reviewer needs to score it")
public record ReviewView(
        UUID id,
        @Schema(examples = "ASSIGNED") ReviewStatus status,
        String reviewerId,
        @Schema(examples = "MY-MIDA") String reviewerAgency,
        Instant assignedAt,
        Instant submittedAt,
        String conflictReason,
        boolean disqualified,
        List<ScoreView> scores,
        List<CallView.CriterionView> criteria,
        ReviewedApplication application,
        long version) {

    public record ScoreView(String criterion, int score, String comment) {
    }

    @Schema(description = "The application as the reviewer sees it; in a blind call, ownerId is absent and partners are unnamed; "
            + "once the reviewer has declared a conflict, only its id and title remain")
    public record ReviewedApplication(UUID id, UUID callId, String callTitle, String ownerId, String title, String summary,
                                      List<PartnerView> partners, Map<String, BigDecimal> requestedAmounts,
                                      Map<String, String> answers) {
    }

    public record PartnerView(String name, String country, String role) {
    }

    /** {@code withheld}: the reviewer declared a conflict, so it no longer reads the application's content. */
    static ReviewView of(Review review, boolean blind, boolean withheld) {
        Application a = review.application;
        List<PartnerView> partners = new java.util.ArrayList<>();
        for (int i = 0; i < a.partners.size(); i++) {
            var p = a.partners.get(i);
            partners.add(new PartnerView(blind ? "Partner " + (i + 1) : p.name, p.country, p.role));
        }
        var application = withheld
                ? new ReviewedApplication(a.id, a.call.id, a.call.title, null, a.title, null, List.of(), Map.of(), Map.of())
                : new ReviewedApplication(a.id, a.call.id, a.call.title, blind ? null : a.ownerId, a.title, a.summary,
                        partners, new TreeMap<>(a.requestedAmounts), new TreeMap<>(a.answers));
        return new ReviewView(review.id, review.status, review.reviewerId, review.reviewerAgency, review.assignedAt,
                review.submittedAt, review.conflictReason, review.disqualified,
                review.scores.stream().map(s -> new ScoreView(s.criterion, s.score, s.comment)).toList(),
                a.call.criteria.stream().map(c -> new CallView.CriterionView(c.name, c.weight, c.maxScore, c.threshold)).toList(),
                application, review.version);
    }
}
