package org.jointfunding.mentorship.matching;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.util.Arrays;

/**
 * The assignment that maximises the total score under mentor capacities, as a min-cost flow solved
 * by OR-Tools. Nodes: requests (supply 1), mentors, one sink (demand = request count). Arcs: request
 * to each candidate mentor (capacity 1, cost scale - score), request straight to the sink (cost
 * scale: staying unmatched is allowed but never cheaper than a positive score), mentor to sink
 * (capacity = remaining places, cost 0). All costs are non-negative integers, which keeps the
 * solver fast and exact.
 */
public final class OptimalAssignment {

    private OptimalAssignment() {
    }

    /**
     * @param scale the cost of leaving a request unmatched; at least the best possible score
     * @throws IllegalArgumentException when a score lies outside 0..scale
     * @throws IllegalStateException when the solver does not report OPTIMAL
     */
    public static Assignment assign(Candidates candidates, int[] remainingCapacity, int scale) {
        requireCostsNonNegative(candidates, scale);
        OrToolsNatives.ensureLoaded();
        int requests = candidates.requestCount();
        int mentors = remainingCapacity.length;
        int sink = requests + mentors;
        long pairs = candidates.pairCount();
        MinCostFlow flow = new MinCostFlow(sink + 1, Math.toIntExact(pairs + requests + mentors));
        try {
            int[] firstArc = new int[requests];
            for (int r = 0; r < requests; r++) {
                int[] candidateMentors = candidates.mentors()[r];
                int[] scores = candidates.scores()[r];
                firstArc[r] = candidateMentors.length == 0 ? -1 : flow.addArcWithCapacityAndUnitCost(r,
                        requests + candidateMentors[0], 1, scale - scores[0]);
                for (int j = 1; j < candidateMentors.length; j++) {
                    flow.addArcWithCapacityAndUnitCost(r, requests + candidateMentors[j], 1, scale - scores[j]);
                }
                flow.addArcWithCapacityAndUnitCost(r, sink, 1, scale);
                flow.setNodeSupply(r, 1);
            }
            for (int m = 0; m < mentors; m++) {
                if (remainingCapacity[m] > 0) {
                    flow.addArcWithCapacityAndUnitCost(requests + m, sink, remainingCapacity[m], 0);
                }
            }
            flow.setNodeSupply(sink, -requests);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("Min-cost flow ended " + status + ", not OPTIMAL");
            }
            return read(candidates, flow, firstArc);
        } finally {
            flow.delete();
        }
    }

    /** Costs scale - score must stay non-negative: negative costs slow the solver and hide a wrong scale. */
    private static void requireCostsNonNegative(Candidates candidates, int scale) {
        for (int[] scores : candidates.scores()) {
            for (int score : scores) {
                if (score < 0 || score > scale) {
                    throw new IllegalArgumentException("Score " + score + " outside 0.." + scale);
                }
            }
        }
    }

    /** Arcs of one request were added consecutively, so candidate j is arc firstArc[r] + j. */
    private static Assignment read(Candidates candidates, MinCostFlow flow, int[] firstArc) {
        int requests = candidates.requestCount();
        int[] mentorOf = new int[requests];
        int[] scoreOf = new int[requests];
        Arrays.fill(mentorOf, Assignment.UNMATCHED);
        for (int r = 0; r < requests; r++) {
            int[] candidateMentors = candidates.mentors()[r];
            for (int j = 0; j < candidateMentors.length; j++) {
                if (flow.getFlow(firstArc[r] + j) > 0) {
                    mentorOf[r] = candidateMentors[j];
                    scoreOf[r] = candidates.scores()[r][j];
                    break;
                }
            }
        }
        return Assignment.of(mentorOf, scoreOf);
    }
}
