package org.jointfunding.mentorship.bench;

import org.jointfunding.mentorship.matching.Assignment;
import org.jointfunding.mentorship.matching.CandidatePruner;
import org.jointfunding.mentorship.matching.Candidates;
import org.jointfunding.mentorship.matching.Exclusions;
import org.jointfunding.mentorship.matching.GreedyAssignment;
import org.jointfunding.mentorship.matching.OptimalAssignment;
import org.jointfunding.mentorship.matching.OrToolsNatives;
import org.jointfunding.mentorship.scoring.FeatureSpace;
import org.jointfunding.mentorship.scoring.MatchScorer;
import org.jointfunding.mentorship.scoring.MentorFeatures;
import org.jointfunding.mentorship.scoring.RequestFeatures;
import org.jointfunding.mentorship.scoring.ScoringWeights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch run end to end (encode profiles, score every pair and keep each request's best k, solve
 * the min-cost flow) on generated data, with the service's own matching classes. Not a test: run it
 * with deploy/load/matching/run.sh. Modes: "pruned" (10k x 2k median of 3 warm + greedy, then
 * 100k x 20k + greedy) and "unpruned" (10k x 2k with every pair, against k = 10, 20, 50).
 */
public final class MatchingBenchmark {

    private static final long SEED = 42;
    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private final MatchScorer scorer = new MatchScorer(ScoringWeights.DEFAULT);
    private final CandidatePruner pruner = new CandidatePruner(scorer);

    record Instance(List<SyntheticPortal.Mentor> mentors, List<SyntheticPortal.Request> requests) {
    }

    record Encoded(List<RequestFeatures> requests, List<MentorFeatures> mentors, int[] capacity) {
    }

    record Result(String label, double encodeMs, double pruneMs, double solveMs, long peakHeap, long peakRss,
                  long totalUnits, int matched, long pairs) {
        double totalMs() {
            return encodeMs + pruneMs + solveMs;
        }
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "pruned";
        MatchingBenchmark bench = new MatchingBenchmark();
        System.out.printf("# mode %s, %d cpus, max heap %s, java %s%n", mode, Runtime.getRuntime().availableProcessors(),
                Probe.mb(Runtime.getRuntime().maxMemory()), System.getProperty("java.version"));
        long nativeStart = System.nanoTime();
        OrToolsNatives.ensureLoaded();
        System.out.printf("# OR-Tools natives loaded in %.0f ms%n", (System.nanoTime() - nativeStart) / 1e6);
        switch (mode) {
            case "pruned" -> bench.pruned();
            case "unpruned" -> bench.unpruned();
            default -> throw new IllegalArgumentException("mode is pruned or unpruned");
        }
    }

    private void pruned() {
        Instance small = generate(10_000, 2_000);
        header();
        for (int warm = 0; warm < 2; warm++) {
            optimum(small, 50, "warm-up");
        }
        List<Result> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(optimum(small, 50, "10k x 2k, k=50, OR-Tools, run " + (i + 1)));
            print(runs.get(i));
        }
        runs.sort((a, b) -> Double.compare(a.totalMs(), b.totalMs()));
        Result median = runs.get(1);
        print(new Result("10k x 2k, k=50, OR-Tools, MEDIAN of 3", median.encodeMs, median.pruneMs, median.solveMs,
                runs.stream().mapToLong(Result::peakHeap).max().orElse(-1), runs.stream().mapToLong(Result::peakRss).max().orElse(-1),
                median.totalUnits, median.matched, median.pairs));
        print(greedy(small, 50, "10k x 2k, k=50, greedy"));

        Instance large = generate(100_000, 20_000);
        print(optimum(large, 50, "100k x 20k, k=50, OR-Tools"));
        print(greedy(large, 50, "100k x 20k, k=50, greedy"));
    }

    private void unpruned() {
        Instance small = generate(10_000, 2_000);
        header();
        optimum(small, 50, "warm-up");
        for (int k : new int[]{10, 20, 50}) {
            print(optimum(small, k, "10k x 2k, k=" + k + ", OR-Tools"));
        }
        print(optimum(small, 2_000, "10k x 2k, UNPRUNED (k=2000), OR-Tools"));
        print(greedy(small, 2_000, "10k x 2k, UNPRUNED (k=2000), greedy"));
    }

    private static Instance generate(int requests, int mentors) {
        SyntheticPortal portal = new SyntheticPortal(SEED);
        List<SyntheticPortal.Mentor> m = portal.mentors(mentors);
        return new Instance(m, portal.requests(requests));
    }

    private static Encoded encode(Instance instance) {
        FeatureSpace space = new FeatureSpace(AT);
        List<MentorFeatures> mentors = instance.mentors().stream().map(m -> space.mentor(m.tags(), m.sectors(),
                m.languages(), m.countries(), m.timeZone(), m.capacity(), m.capacity())).toList();
        List<RequestFeatures> requests = instance.requests().stream().map(r -> space.request(r.needs(), r.sector(),
                r.languages(), r.country(), r.timeZone())).toList();
        int[] capacity = instance.mentors().stream().mapToInt(SyntheticPortal.Mentor::capacity).toArray();
        return new Encoded(requests, mentors, capacity);
    }

    private Result optimum(Instance instance, int k, String label) {
        return measure(instance, k, label, true);
    }

    private Result greedy(Instance instance, int k, String label) {
        return measure(instance, k, label, false);
    }

    private Result measure(Instance instance, int k, String label, boolean optimal) {
        Probe.reset();
        long t0 = System.nanoTime();
        Encoded encoded = encode(instance);
        long t1 = System.nanoTime();
        Candidates candidates = pruner.prune(encoded.requests(), encoded.mentors(), k, Exclusions.NONE);
        long t2 = System.nanoTime();
        Assignment assignment = optimal
                ? OptimalAssignment.assign(candidates, encoded.capacity(), scorer.maxUnits())
                : GreedyAssignment.assign(candidates, encoded.capacity());
        long t3 = System.nanoTime();
        check(assignment, encoded.capacity());
        return new Result(label, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, Probe.peakHeapBytes(),
                Probe.peakRssBytes(), assignment.totalScore(), assignment.matched(), candidates.pairCount());
    }

    /** A benchmark that measured a wrong answer would be worthless: capacities hold. */
    private static void check(Assignment assignment, int[] capacity) {
        int[] used = new int[capacity.length];
        for (int m : assignment.mentorOf()) {
            if (m != Assignment.UNMATCHED && ++used[m] > capacity[m]) {
                throw new IllegalStateException("capacity exceeded for mentor " + m);
            }
        }
    }

    private static void header() {
        System.out.println("| run | encode ms | score+prune ms | solve ms | total ms | arcs (pairs) | peak heap | peak RSS | total score | matched |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    }

    private static void print(Result r) {
        System.out.printf("| %s | %.0f | %.0f | %.0f | %.0f | %,d | %s | %s | %.2f | %,d |%n", r.label(), r.encodeMs(),
                r.pruneMs(), r.solveMs(), r.totalMs(), r.pairs(), Probe.mb(r.peakHeap()), Probe.mb(r.peakRss()),
                r.totalUnits() / (double) MatchScorer.UNITS, r.matched());
        System.out.flush();
    }

}
