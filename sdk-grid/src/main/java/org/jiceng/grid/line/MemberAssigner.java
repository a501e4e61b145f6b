package org.jiceng.grid.line;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Assigns members to segments (分段包干), balanced by segment weight and respecting home areas.
 *
 * <p>Step 1, quotas: every segment gets one member (while members last, heaviest segments first),
 * then each further member goes to the segment whose load per member (weight / quota) is highest.
 * This greedy minimises the largest load per member. Step 2, matching: within each area, the
 * area's members fill the area's segments up to their quotas (in input order); then the remaining
 * members fill the remaining places. Because "same area" is an equivalence, this gives the largest
 * possible number of home-area matches for the quotas: the sum over areas of
 * min(members in area, places in area).
 *
 * <p>Deterministic: equal input gives equal output. O((members + segments) log segments).
 */
public final class MemberAssigner {

    private MemberAssigner() {
    }

    /**
     * @param segments the segments, non-empty, unique ids
     * @param members the members, unique ids
     * @return the assignment
     */
    public static PatrolAssignment assign(List<PatrolSegment> segments, List<PatrolMember> members) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("No segments to assign members to");
        }
        Set<String> seen = new HashSet<>();
        for (PatrolSegment s : segments) {
            if (!seen.add(s.id())) {
                throw new IllegalArgumentException("Duplicate segment id " + s.id());
            }
        }
        seen.clear();
        for (PatrolMember m : members) {
            if (!seen.add(m.id())) {
                throw new IllegalArgumentException("Duplicate member id " + m.id());
            }
        }
        int[] quota = quotas(segments, members.size());

        Map<String, List<String>> bySegment = new LinkedHashMap<>();
        segments.forEach(s -> bySegment.put(s.id(), new ArrayList<>()));
        Map<String, String> byMember = new LinkedHashMap<>();
        // Places per area, in segment order.
        Map<String, Deque<Integer>> placesByArea = new LinkedHashMap<>();
        Deque<Integer> allPlaces = new ArrayDeque<>();
        for (int s = 0; s < segments.size(); s++) {
            for (int q = 0; q < quota[s]; q++) {
                allPlaces.add(s);
                String area = segments.get(s).areaCode().orElse(null);
                if (area != null) {
                    placesByArea.computeIfAbsent(area, a -> new ArrayDeque<>()).add(s);
                }
            }
        }
        int[] filled = new int[segments.size()];
        List<PatrolMember> unmatched = new ArrayList<>();
        int matches = 0;
        for (PatrolMember m : members) {
            Deque<Integer> places = m.homeAreaCode().map(placesByArea::get).orElse(null);
            Integer s = null;
            while (places != null && !places.isEmpty()) {
                int candidate = places.poll();
                if (filled[candidate] < quota[candidate]) {
                    s = candidate;
                    break;
                }
            }
            if (s == null) {
                unmatched.add(m);
            } else {
                filled[s]++;
                matches++;
                Objects.requireNonNull(bySegment.get(segments.get(s).id())).add(m.id());
                byMember.put(m.id(), segments.get(s).id());
            }
        }
        for (PatrolMember m : unmatched) {
            int s;
            do {
                s = allPlaces.poll();
            } while (filled[s] >= quota[s]);
            filled[s]++;
            Objects.requireNonNull(bySegment.get(segments.get(s).id())).add(m.id());
            byMember.put(m.id(), segments.get(s).id());
        }
        double total = segments.stream().mapToDouble(PatrolSegment::weight).sum();
        double worst = 0;
        List<String> uncovered = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            if (quota[s] == 0) {
                uncovered.add(segments.get(s).id());
            } else {
                worst = Math.max(worst, segments.get(s).weight() / quota[s]);
            }
        }
        double ratio = members.isEmpty() ? 0 : worst / (total / members.size());
        return new PatrolAssignment(bySegment, byMember, matches, ratio, uncovered);
    }

    /** Greedy quotas: one each (heaviest first), then always to the highest load per member. */
    static int[] quotas(List<PatrolSegment> segments, int memberCount) {
        int n = segments.size();
        int[] quota = new int[n];
        Integer[] byWeight = new Integer[n];
        for (int i = 0; i < n; i++) {
            byWeight[i] = i;
        }
        java.util.Arrays.sort(byWeight, (a, b) -> {
            int c = Double.compare(segments.get(b).weight(), segments.get(a).weight());
            return c != 0 ? c : Integer.compare(a, b);
        });
        int left = memberCount;
        for (int i = 0; i < n && left > 0; i++, left--) {
            quota[byWeight[i]] = 1;
        }
        if (left == 0) {
            return quota;
        }
        PriorityQueue<Integer> heaviest = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(segments.get(b).weight() / quota[b], segments.get(a).weight() / quota[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i = 0; i < n; i++) {
            heaviest.add(i);
        }
        for (; left > 0; left--) {
            int s = heaviest.poll();
            quota[s]++;
            heaviest.add(s);
        }
        return quota;
    }
}
