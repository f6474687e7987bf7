package org.jointfunding.mentorship.matching;

import org.jointfunding.mentorship.scoring.MatchScorer;
import org.jointfunding.mentorship.scoring.MentorFeatures;
import org.jointfunding.mentorship.scoring.RequestFeatures;
import org.jointfunding.mentorship.scoring.ScoringBatch;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Scores every (request, mentor) pair and keeps each request's best k mentors with free capacity and a
 * positive score. Pruning keeps the flow network small (k arcs per request instead of one per mentor)
 * at a measured, tiny loss of optimality; k at least the mentor count keeps every pair.
 */
public final class CandidatePruner {

    private final MatchScorer scorer;

    public CandidatePruner(MatchScorer scorer) {
        this.scorer = scorer;
    }

    public Candidates prune(List<RequestFeatures> requests, List<MentorFeatures> mentors, int k, Exclusions exclusions) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        ScoringBatch pool = scorer.batch(mentors);
        int[][] chosenMentors = new int[requests.size()][];
        int[][] chosenScores = new int[requests.size()][];
        boolean anyExcluded = exclusions != Exclusions.NONE;
        IntStream.range(0, requests.size()).parallel().forEach(r -> {
            TopK best = new TopK(Math.min(k, pool.size()));
            ScoringBatch.Prepared request = pool.prepare(requests.get(r));
            for (int m = 0; m < pool.size(); m++) {
                if (pool.remaining(m) <= 0 || (anyExcluded && exclusions.excluded(r, m))) {
                    continue;
                }
                int score = request.score(m);
                if (score > 0) {
                    best.offer(m, score);
                }
            }
            chosenMentors[r] = best.mentorsBestFirst();
            chosenScores[r] = best.scoresBestFirst();
        });
        return new Candidates(chosenMentors, chosenScores);
    }

    /**
     * A bounded min-heap on (score, then lower mentor index wins ties) so the result is deterministic.
     * After {@link #mentorsBestFirst()} the heap is sorted in place, best first.
     */
    static final class TopK {
        private final int[] mentors;
        private final int[] scores;
        private int size;
        private boolean sorted;

        TopK(int capacity) {
            mentors = new int[capacity];
            scores = new int[capacity];
        }

        void offer(int mentor, int score) {
            if (mentors.length == 0) {
                return;
            }
            if (size < mentors.length) {
                mentors[size] = mentor;
                scores[size] = score;
                siftUp(size++);
            } else if (better(score, mentor, scores[0], mentors[0])) {
                mentors[0] = mentor;
                scores[0] = score;
                siftDown(0, size);
            }
        }

        int[] mentorsBestFirst() {
            sort();
            return java.util.Arrays.copyOf(mentors, size);
        }

        int[] scoresBestFirst() {
            sort();
            return java.util.Arrays.copyOf(scores, size);
        }

        /** Heap sort: repeatedly move the worst to the end, leaving best first. */
        private void sort() {
            if (sorted) {
                return;
            }
            for (int end = size - 1; end > 0; end--) {
                swap(0, end);
                siftDown(0, end);
            }
            sorted = true;
        }

        private static boolean better(int score, int mentor, int otherScore, int otherMentor) {
            return score > otherScore || (score == otherScore && mentor < otherMentor);
        }

        private void siftUp(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!better(scores[parent], mentors[parent], scores[i], mentors[i])) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void siftDown(int i, int limit) {
            while (true) {
                int worst = i;
                int left = 2 * i + 1;
                int right = left + 1;
                if (left < limit && better(scores[worst], mentors[worst], scores[left], mentors[left])) {
                    worst = left;
                }
                if (right < limit && better(scores[worst], mentors[worst], scores[right], mentors[right])) {
                    worst = right;
                }
                if (worst == i) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int a, int b) {
            int m = mentors[a];
            mentors[a] = mentors[b];
            mentors[b] = m;
            int s = scores[a];
            scores[a] = scores[b];
            scores[b] = s;
        }
    }
}
