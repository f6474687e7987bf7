package org.jointfunding.funding.ranking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.funding.calls.Criterion;
import org.jointfunding.funding.reviews.Score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Orders a call's applications by their reviews. Pure: the same reviews always give the same ranking. */
public final class Ranking {

    public static final String RULE = "Each submitted review scores sum(score / maxScore * weight) / sum(weight) * 100; "
            + "an application's score is the mean over its submitted reviews, rounded to 2 decimals, highest first. "
            + "Applications without a submitted review follow; disqualified ones (any score below a criterion's threshold) come last. "
            + "Equal scores are ordered by more submitted reviews, then earlier submission, then application id.";

    public record ReviewResult(BigDecimal weightedScore, boolean disqualified) {
    }

    public record Candidate(UUID applicationId, String title, String status, Instant submittedAt, List<ReviewResult> reviews) {

        boolean disqualified() {
            return reviews.stream().anyMatch(ReviewResult::disqualified);
        }

        BigDecimal score() {
            if (reviews.isEmpty()) {
                return null;
            }
            BigDecimal sum = reviews.stream().map(ReviewResult::weightedScore).reduce(BigDecimal.ZERO, BigDecimal::add);
            return sum.divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_UP);
        }

        /** 0: scored and qualified, 1: not yet reviewed, 2: disqualified. */
        int group() {
            return disqualified() ? 2 : reviews.isEmpty() ? 1 : 0;
        }
    }

    public record Entry(int rank, UUID applicationId, String title, String status, BigDecimal score, int reviewCount,
                        boolean disqualified,
                        @Schema(description = "Why it follows an entry with the same score, in English; null when the scores differ") String tieBreak,
                        @Schema(description = "The same reason as a code, for clients that translate it",
                                enumeration = {"fewer-reviews", "submitted-later", "application-id"}) String tieBreakCode) {
    }

    private record Tie(String code, String text) {
    }

    private Ranking() {
    }

    /** One review's score on a 0..100 scale. */
    public static BigDecimal weightedScore(List<Criterion> criteria, List<Score> scores) {
        Map<String, Score> byName = scores.stream().collect(Collectors.toMap(s -> s.criterion, Function.identity()));
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion criterion : criteria) {
            Score score = byName.get(criterion.name);
            if (score == null) {
                continue;
            }
            weights = weights.add(criterion.weight);
            total = total.add(BigDecimal.valueOf(score.score).multiply(criterion.weight)
                    .divide(BigDecimal.valueOf(criterion.maxScore), MathContext.DECIMAL64));
        }
        return weights.signum() == 0 ? BigDecimal.ZERO
                : total.multiply(BigDecimal.valueOf(100)).divide(weights, MathContext.DECIMAL64);
    }

    public static List<Entry> rank(List<Candidate> candidates) {
        Comparator<Candidate> order = Comparator.comparingInt(Candidate::group)
                .thenComparing(Candidate::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(c -> c.reviews().size(), Comparator.reverseOrder())
                .thenComparing(Candidate::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Candidate::applicationId);
        List<Candidate> sorted = candidates.stream().sorted(order).toList();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Candidate c = sorted.get(i);
            Tie tie = i == 0 ? null : tieBreak(sorted.get(i - 1), c, i);
            entries.add(new Entry(i + 1, c.applicationId(), c.title(), c.status(), c.score(), c.reviews().size(),
                    c.disqualified(), tie == null ? null : tie.text(), tie == null ? null : tie.code()));
        }
        return entries;
    }

    /** Why {@code later} follows {@code earlier} although they have the same score; null when they differ. */
    private static Tie tieBreak(Candidate earlier, Candidate later, int earlierRank) {
        if (earlier.group() != later.group() || !java.util.Objects.equals(earlier.score(), later.score())) {
            return null;
        }
        String prefix = "same score as rank " + earlierRank + "; placed after it because ";
        if (earlier.reviews().size() != later.reviews().size()) {
            return new Tie("fewer-reviews",
                    prefix + "it has fewer submitted reviews (" + later.reviews().size() + " vs " + earlier.reviews().size() + ")");
        }
        if (!java.util.Objects.equals(earlier.submittedAt(), later.submittedAt())) {
            return new Tie("submitted-later", prefix + "it was submitted later");
        }
        return new Tie("application-id", prefix + "its application id sorts after");
    }
}
