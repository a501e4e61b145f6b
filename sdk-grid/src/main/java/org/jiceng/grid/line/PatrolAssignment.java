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

    /** Copies the collections. */
    public PatrolAssignment {
        membersBySegment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(membersBySegment));
        segmentByMember = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(segmentByMember));
        uncoveredSegments = List.copyOf(uncoveredSegments);
    }
}
