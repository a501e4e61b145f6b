package org.jiceng.grid.line;

import java.util.List;
import java.util.Map;

/**
 * Result of {@link MemberAssigner#assign}.
 *
 * @param membersBySegment member ids per segment id, in segment input order
 * @param segmentByMember segment id per member id
 * @param homeAreaMatches members assigned to a segment in their home area
 * @param maxLoadOverAverage max over segments of (weight / members) divided by (total weight /
 *     members): 1 is perfect balance
 * @param uncoveredSegments segments without a member (only when there are fewer members than segments)
 */
public record PatrolAssignment(Map<String, List<String>> membersBySegment, Map<String, String> segmentByMember,
        int homeAreaMatches, double maxLoadOverAverage, List<String> uncoveredSegments) {

    /**
     * Copies the collections, the member list of every segment included, so the record is immutable.
     *
     * @param membersBySegment member ids per segment id, in segment input order
     * @param segmentByMember segment id per member id
     * @param homeAreaMatches members assigned to a segment in their home area
     * @param maxLoadOverAverage max over segments of (weight / members) divided by (total weight /
     *         members): 1 is perfect balance
     * @param uncoveredSegments segments without a member (only when there are fewer members than segments)
     * @throws NullPointerException if a map, a list or an element of a list is null
     */
    public PatrolAssignment {
        // Copy the member lists too: the assigner fills them as ArrayLists, which must not leak out mutable.
        Map<String, List<String>> members = new java.util.LinkedHashMap<>();
        membersBySegment.forEach((segment, ids) -> members.put(segment, List.copyOf(ids)));
        membersBySegment = java.util.Collections.unmodifiableMap(members);
        segmentByMember = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(segmentByMember));
        uncoveredSegments = List.copyOf(uncoveredSegments);
    }
}
