package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.jiceng.grid.partition.ContiguityRule;
import org.jiceng.grid.partition.GridPartitioning;
import org.jiceng.grid.partition.PartitionSettings;
import org.jiceng.grid.partition.Partitioner;
import org.jiceng.grid.partition.PlanarPoints;
import org.jspecify.annotations.Nullable;

/**
 * The contiguity stage of the {@link PartitionPipeline}: treats grids in pieces as the request's
 * {@link ContiguityRule} says, on the {@link DelaunayGraph}. The steps, and the balance band they keep,
 * are described on {@link GridPartitioning}. When the partitioner declares a baseline it refines
 * ({@link org.jiceng.grid.partition.PartitionerCapabilities#baseline()}), the band is the baseline's and
 * the repaired baseline is tried as a further candidate.
 */
final class ContiguityRepair {

    /** Alternations of contiguity-preserving refinement and fragment repair on the bisection. */
    private static final int CONNECTED_PASSES = 3;

    private final PartitionSettings settings;
    private final Optional<Partitioner> baseline;

    ContiguityRepair(PartitionSettings settings, Optional<Partitioner> baseline) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
    }

    /**
     * The assignment the rule asks for: the proposed one (REPORT); the repaired one or a candidate with
     * fewer grids in pieces, never outside the balance band (REPAIR_WITHIN_BALANCE); or, when that still
     * leaves grids in pieces, the forced contiguous one, rebalanced as far as moves that never split a
     * grid allow (REQUIRE).
     */
    int[] underRule(DelaunayGraph g, PlanarPoints planar, int[] proposed, int k, ContiguityRule rule) {
        return underRule(g, planar, proposed, k, rule, () -> baseline.orElseThrow().assign(planar, k).clone());
    }

    /**
     * As {@link #underRule(DelaunayGraph, PlanarPoints, int[], int, ContiguityRule)}, with the baseline's
     * assignment of these points given (computed only when needed; the caller may have reordered the points).
     */
    int[] underRule(DelaunayGraph g, PlanarPoints planar, int[] proposed, int k, ContiguityRule rule,
            Supplier<int[]> baselineAssignment) {
        if (rule == ContiguityRule.REPORT) {
            return proposed;
        }
        double tau = settings.balanceTolerance();
        LoadBand band = LoadBand.of(planar, proposed, k, tau);
        int[] known = new int[1];
        FragmentRepair.repair(g, planar, proposed, k, tau, known);
        int pieces = known[0] >= 0 ? known[0] : g.gridsInPieces(proposed, k);
        if (pieces == 0) {
            return proposed;
        }
        int[] best = proposed;
        Strict joined = null;
        List<int[]> starts = new ArrayList<>(List.of(proposed));
        if (baseline.isPresent()) {
            int[] bisection = baselineAssignment.get();
            // The refinement keeps its loads in the band of its bisection, so that band is the one its
            // balance guarantee speaks of (and it contains the band of the refinement's own loads).
            band = LoadBand.of(planar, bisection, k, tau);
            // The cheap way first: join the refinement's few fragments by force and move the loads back
            // into the band. On large inputs that is kept when it works: it keeps the refinement's
            // compactness and costs a fraction of the candidate search below (1M buildings into 2,000
            // grids: 19 s and mean compactness 0.894, against 41 s and 0.863). On small communities the
            // search often finds more compact grids, so there both are tried and the more compact kept.
            boolean joinable = rule == ContiguityRule.REQUIRE || wholeGridsFitEveryPart(g, planar, k, band);
            LoadBand bisectionBand = band;
            Supplier<Strict> join = () -> strict(g, planar, proposed, k, bisectionBand, rule);
            Supplier<Candidate> swaps = () -> swapsOnRefinement(g, planar, proposed, k);
            if (planar.size() <= GridPartitioning.CANDIDATE_SEARCH_MAX_POINTS) {
                // The candidate search follows for sure: the forced join of the proposal and the swap search on
                // it depend on the proposal only, so they run beside the search's other candidates (each on
                // its own copy; the graph's parts are computed before the threads share it).
                g.parts();
                SharedTask<Candidate> swapTask = SharedTask.offer(swaps, ForkJoinPool.commonPool());
                SharedTask<Strict> joinTask = joinable ? SharedTask.offer(join, ForkJoinPool.commonPool()) : null;
                int[] piecesOfBest = {pieces};
                best = mostContiguous(g, planar, proposed, bisection, k, piecesOfBest, swapTask::get);
                pieces = piecesOfBest[0];
                joined = joinTask != null ? joinTask.get() : null;
            } else {
                joined = joinable ? join.get() : null;
                if (joined != null && joined.works()) {
                    return joined.assignment();
                }
                int[] piecesOfBest = {pieces};
                best = mostContiguous(g, planar, proposed, bisection, k, piecesOfBest, swaps);
                pieces = piecesOfBest[0];
            }
            Strict working = joined != null && joined.works() ? joined : null;
            if (pieces == 0) {
                return working != null && working.compactness() > PartitionPipeline.measure(planar, best, k).meanCompactness()
                        ? working.assignment() : best;
            }
            if (working != null) {
                return working.assignment();
            }
            for (int[] start : List.of(best, bisection)) {
                if (starts.stream().noneMatch(s -> s == start)) {
                    starts.add(start);
                }
            }
        }
        // Fragments no repair within the band could place: force them into the grid they touch most
        // (contiguous whatever the loads), move the loads back into the band with moves that never
        // split a grid, and make the result compact again with moves that never split a grid either.
        // From several starts: the kept candidate, the repaired proposal and (rcb-refined) the repaired
        // bisection end in different places.
        if (rule != ContiguityRule.REQUIRE && !wholeGridsFitEveryPart(g, planar, k, band)) {
            return best;
        }
        Strict chosen = null;
        for (int[] start : starts) {
            Strict strict = start == proposed && joined != null ? joined : strict(g, planar, start, k, band, rule);
            if (chosen == null || strict.betterThan(chosen)) {
                chosen = strict;
            }
        }
        boolean fewerPieces = Objects.requireNonNull(chosen, "starts hold the proposal").pieces() < pieces;
        if (fewerPieces && (chosen.inBand() || rule == ContiguityRule.REQUIRE)) {
            return chosen.assignment();
        }
        return best;
    }

    /**
     * Whether the parts of the plane (the graph's components: parts of a multi-part boundary, or shores
     * that no edge inside the boundary joins) can each hold a whole number of grids with every load in the
     * band: some m_p with {@code m_p min <= W_p <= m_p max} for each part's weight W_p, the m_p adding up to
     * k. The forced join puts every piece in a grid of its own part, so when they cannot, its result is
     * never in the band and is not tried (it was rejected after tens of rebalancing rounds). Always true
     * for a connected graph: k grids of the mean load are in the band.
     */
    private static boolean wholeGridsFitEveryPart(DelaunayGraph g, PlanarPoints planar, int k, LoadBand band) {
        int n = planar.size();
        int[] part = g.parts();
        long[] weight = new long[n];
        boolean several = false;
        for (int i = 0; i < n; i++) {
            weight[part[i]] += planar.weight(i);
            several |= part[i] != part[0];
        }
        if (!several) {
            return true;
        }
        long fewest = 0;
        long most = 0;
        for (int i = 0; i < n; i++) {
            if (part[i] != i) {
                continue;
            }
            double w = weight[i];
            long lo = Math.max(1, (long) Math.ceil(w / band.max() - 1e-9));
            long hi = band.min() > 0 ? (long) Math.floor(w / band.min() + 1e-9) : Long.MAX_VALUE / (2L * n);
            if (lo > hi) {
                return false;
            }
            fewest += lo;
            most += hi;
        }
        return fewest <= k && k <= most;
    }

    /**
     * A forced contiguous candidate: whether it is in the band, its pieces, distance from the band, and its
     * compactness (measured only when a comparison needs it: the hulls of all grids cost as much as a
     * labelling of the graph).
     */
    private static final class Strict {
        private final int[] assignment;
        private final boolean inBand;
        private final int pieces;
        private final double outside;
        private final PlanarPoints planar;
        private final int k;
        private double compactness = Double.NaN;

        Strict(int[] assignment, boolean inBand, int pieces, double outside, PlanarPoints planar, int k) {
            this.assignment = assignment;
            this.inBand = inBand;
            this.pieces = pieces;
            this.outside = outside;
            this.planar = planar;
            this.k = k;
        }

        int[] assignment() {
            return assignment;
        }

        boolean inBand() {
            return inBand;
        }

        int pieces() {
            return pieces;
        }

        /** Whether it is a usable answer as it stands: every grid in one piece and in the band. */
        boolean works() {
            return pieces == 0 && inBand;
        }

        double compactness() {
            if (Double.isNaN(compactness)) {
                compactness = PartitionPipeline.measure(planar, assignment, k).meanCompactness();
            }
            return compactness;
        }

        boolean betterThan(Strict o) {
            if (inBand != o.inBand) {
                return inBand;
            }
            if (pieces != o.pieces) {
                return pieces < o.pieces;
            }
            if (outside != o.outside) {
                return outside < o.outside;
            }
            return compactness() > o.compactness();
        }
    }

    /**
     * The forced contiguous candidate from {@code start}: fragments joined, loads rebalanced, then made compact
     * again. Under REPAIR_WITHIN_BALANCE only a candidate in the band can be returned, so one that the
     * rebalancing left outside it is not refined: the refinement aims at compactness and moves loads only within
     * the range they already span, and on a million clustered buildings refining such a candidate (dropped
     * afterwards) cost a fifth of the run. It still takes part, unrefined, in the comparison of candidates.
     */
    private Strict strict(DelaunayGraph g, PlanarPoints planar, int[] start, int k, LoadBand band,
            ContiguityRule rule) {
        int[] strict = start.clone();
        StrictContiguity.absorbFragments(g, planar, strict, k, band.max());
        boolean inBand = StrictContiguity.rebalance(g, planar, strict, k, band);
        if (!inBand && rule != ContiguityRule.REQUIRE) {
            return new Strict(strict, false, g.gridsInPieces(strict, k), band.outside(planar, strict, k), planar, k);
        }
        ConnectedRefinement.refineConnected(g, planar, strict, k, settings.balanceTolerance(), settings.refinementRounds());
        return new Strict(strict, band.contains(planar, strict, k), g.gridsInPieces(strict, k),
                band.outside(planar, strict, k), planar, k);
    }

    /**
     * Candidates for a refined partition that the repair left in pieces, and the one kept: fewest
     * grids in pieces, then best mean compactness. Repairs {@code bisection} in place.
     */
    private int[] mostContiguous(DelaunayGraph g, PlanarPoints planar, int[] proposed, int[] bisection, int k,
            int[] piecesOfProposed, Supplier<Candidate> swapsOnRefinement) {
        // The free refinement can cut grids into pieces that the repair cannot join within
        // the balance band. Refine the repaired bisection again, this time with moves that
        // never split a grid (so a contiguous bisection stays contiguous), try rotating the
        // remaining fragments into full neighbours (on that result and on the refinement), and
        // keep the candidate with fewest grids in pieces, then best mean compactness. Other
        // partitioners' results are never replaced. Grids in pieces are counted once per candidate, and
        // not at all when the repair's last labelling already told.
        double tau = settings.balanceTolerance();
        int[] known = new int[1];
        FragmentRepair.repair(g, planar, bisection, k, tau, known);
        int piecesOfBisection = known[0];
        int[] connected = bisection.clone();
        int piecesOfConnected = -1;
        for (int pass = 0; pass < CONNECTED_PASSES; pass++) {
            // Refinement shifts loads, which can make room for a fragment the repair could not move.
            ConnectedRefinement.refineConnected(g, planar, connected, k, tau, settings.refinementRounds());
            boolean moved = FragmentRepair.repair(g, planar, connected, k, tau, known) > 0;
            piecesOfConnected = known[0];
            if (!moved) {
                break;
            }
        }
        if (piecesOfConnected < 0) {
            piecesOfConnected = g.gridsInPieces(connected, k);
        }
        // Fragments whose neighbours are all full: swap them in for a point of the receiving grid.
        int[] swapped = connected;
        int piecesOfSwapped = piecesOfConnected;
        if (piecesOfConnected > 0) {
            int[] trial = connected.clone();
            if (FragmentRepair.repairBySwaps(g, planar, trial, k, tau) > 0) {
                ConnectedRefinement.refineConnected(g, planar, trial, k, tau, settings.refinementRounds());
                swapped = trial;
                piecesOfSwapped = g.gridsInPieces(swapped, k);
            }
        }
        List<int[]> candidates = new ArrayList<>(List.of(proposed, bisection, connected, swapped));
        int[] pieces = {piecesOfProposed[0], piecesOfBisection >= 0 ? piecesOfBisection : g.gridsInPieces(bisection, k),
            piecesOfConnected, piecesOfSwapped, 0};
        // The swap search on the refinement itself, last. On large inputs only while the others leave grids in
        // pieces: there it has to join all of the refinement's fragments to win, and on a million clustered
        // buildings it joined 1 of 225 at the cost of a third of the whole search.
        boolean anotherIsWhole = Arrays.stream(pieces, 0, 4).min().orElseThrow() == 0;
        if (!anotherIsWhole || planar.size() <= GridPartitioning.CANDIDATE_SEARCH_MAX_POINTS) {
            Candidate refinedSwapped = swapsOnRefinement.get();
            candidates.add(refinedSwapped.assignment());
            pieces[4] = refinedSwapped.pieces();
        }
        int chosen = fewestPiecesThenMostCompact(planar, k, candidates, pieces);
        piecesOfProposed[0] = pieces[chosen];
        return candidates.get(chosen);
    }

    /** A candidate assignment and its grids in pieces. */
    private record Candidate(int[] assignment, int pieces) {
    }

    /** The swap search on (a copy of) the refinement, a candidate of {@link #mostContiguous}. */
    private Candidate swapsOnRefinement(DelaunayGraph g, PlanarPoints planar, int[] proposed, int k) {
        int[] swapped = proposed.clone();
        FragmentRepair.repairBySwaps(g, planar, swapped, k, settings.balanceTolerance());
        return new Candidate(swapped, g.gridsInPieces(swapped, k));
    }

    /**
     * The candidate with fewest grids in pieces, then highest mean compactness, then the earliest; compactness
     * is measured only for those with fewest pieces, once per distinct array. Returns the candidate's index.
     */
    private static int fewestPiecesThenMostCompact(PlanarPoints planar, int k, List<int[]> candidates,
            int[] pieces) {
        int fewest = Integer.MAX_VALUE;
        for (int c = 0; c < candidates.size(); c++) {
            fewest = Math.min(fewest, pieces[c]);
        }
        int best = -1;
        double bestCompactness = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < candidates.size(); c++) {
            int[] candidate = candidates.get(c);
            if (pieces[c] != fewest || (best >= 0 && candidate == candidates.get(best))) {
                continue;
            }
            double compactness = PartitionPipeline.measure(planar, candidate, k).meanCompactness();
            if (best < 0 || compactness > bestCompactness) {
                best = c;
                bestCompactness = compactness;
            }
        }
        return Objects.requireNonNull(best, "there are candidates");
    }

}
