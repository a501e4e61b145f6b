package org.jiceng.grid.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MemberAssignerTest {

    @Test
    void assignmentMemberListsCannotBeChangedByTheCaller() {
        PatrolAssignment a = MemberAssigner.assign(
                List.of(new PatrolSegment("s0", 10, Optional.of("A"))),
                List.of(new PatrolMember("m0", Optional.of("A")), new PatrolMember("m1", Optional.empty())));
        List<String> members = a.membersBySegment().get("s0");
        assertThat(members).containsExactlyInAnyOrder("m0", "m1");
        assertThatThrownBy(() -> members.add("intruder")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(a.membersBySegment().get("s0")).containsExactlyInAnyOrder("m0", "m1");
    }

    @Property
    void everyMemberIsAssignedOnceAndQuotasMinimiseTheWorstLoad(
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 1, max = 5000) Double> weights,
            @ForAll @IntRange(min = 0, max = 300) int memberCount) {
        List<PatrolSegment> segments = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            segments.add(new PatrolSegment("s" + i, weights.get(i), Optional.of("A" + (i % 3))));
        }
        List<PatrolMember> members = new ArrayList<>();
        for (int m = 0; m < memberCount; m++) {
            members.add(new PatrolMember("m" + m, Optional.of("A" + (m % 4))));
        }
        PatrolAssignment a = MemberAssigner.assign(segments, members);
        assertThat(a.segmentByMember()).hasSize(memberCount);
        int[] quota = MemberAssigner.quotas(segments, memberCount);
        for (int i = 0; i < segments.size(); i++) {
            assertThat(a.membersBySegment().get("s" + i)).hasSize(quota[i]);
        }
        assertThat(a.uncoveredSegments()).hasSize(Math.max(0, segments.size() - memberCount));
        if (memberCount > segments.size()) {
            // Optimality of the greedy: taking one member from any segment with 2+ and giving it to the
            // worst segment cannot lower the worst load below the current one.
            double worst = 0;
            for (int i = 0; i < segments.size(); i++) {
                worst = Math.max(worst, weights.get(i) / quota[i]);
            }
            for (int i = 0; i < segments.size(); i++) {
                if (quota[i] >= 2) {
                    assertThat(weights.get(i) / (quota[i] - 1)).isGreaterThanOrEqualTo(worst * (1 - 1e-12));
                }
            }
        }
    }

    @Test
    void prefersSegmentsInTheMembersHomeArea() {
        List<PatrolSegment> segments = List.of(new PatrolSegment("north", 100, Optional.of("N")),
                new PatrolSegment("south", 100, Optional.of("S")));
        List<PatrolMember> members = List.of(new PatrolMember("a", Optional.of("S")),
                new PatrolMember("b", Optional.of("N")), new PatrolMember("c", Optional.of("S")),
                new PatrolMember("d", Optional.of("N")));
        PatrolAssignment a = MemberAssigner.assign(segments, members);
        assertThat(a.membersBySegment().get("north")).containsExactly("b", "d");
        assertThat(a.membersBySegment().get("south")).containsExactly("a", "c");
        assertThat(a.homeAreaMatches()).isEqualTo(4);
    }

    @Test
    void rejectsDuplicateIds() {
        List<PatrolSegment> segments = List.of(new PatrolSegment("s", 1, Optional.empty()));
        assertThatThrownBy(() -> MemberAssigner.assign(segments,
                List.of(new PatrolMember("m", Optional.empty()), new PatrolMember("m", Optional.empty()))))
                .hasMessageContaining("Duplicate member id m");
    }
}
