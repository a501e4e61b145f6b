package org.jiceng.grid.line;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jiceng.grid.geo.Measures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * Reproduces 六甲街道 (Guandu district, Kunming): 10 rivers split into 62 reaches and 970 party members
 * assigned to patrol them (分段包干), balanced by length and kept in their home community where possible.
 * The river geometry and member homes are synthetic; the counts are the seed's.
 */
class LiujiaRiverPatrolTest {

    @Test
    void tenRiversSixtyTwoSegmentsNineHundredSeventyMembers() {
        Random r = new Random(20_210_601);
        Map<String, LineString> rivers = new LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            rivers.put(String.format(Locale.ROOT, "R%02d", i), LineSegmenterTest.river(r.nextLong()));
        }
        double riverTotal = rivers.values().stream().mapToDouble(Measures::lengthMetres).sum();

        List<LineSegment> segments = LineSegmenter.network(rivers, 62);
        assertThat(segments).hasSize(62);
        assertThat(segments).extracting(LineSegment::lineId).containsAll(rivers.keySet());
        assertThat(segments.stream().mapToDouble(LineSegment::lengthMetres).sum()).isCloseTo(riverTotal, within(1e-6));

        // 8 communities; a reach belongs to the community whose centre is nearest to its midpoint.
        List<Coordinate> centres = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            centres.add(new Coordinate(102.6 + r.nextDouble() * 0.3, 24.8 + r.nextDouble() * 0.3));
        }
        List<PatrolSegment> patrol = new ArrayList<>();
        for (LineSegment s : segments) {
            Coordinate mid = s.geometry().getInteriorPoint().getCoordinate();
            int nearest = 0;
            for (int c = 1; c < centres.size(); c++) {
                if (centres.get(c).distance(mid) < centres.get(nearest).distance(mid)) {
                    nearest = c;
                }
            }
            patrol.add(PatrolSegment.byLength(s, "C" + nearest));
        }
        List<PatrolMember> members = new ArrayList<>();
        for (int m = 0; m < 970; m++) {
            members.add(new PatrolMember("PM" + m, m % 17 == 0 ? Optional.empty() : Optional.of("C" + r.nextInt(8))));
        }

        PatrolAssignment a = MemberAssigner.assign(patrol, members);

        // Every member assigned exactly once, every reach covered.
        assertThat(a.segmentByMember()).hasSize(970);
        assertThat(a.membersBySegment().values().stream().mapToInt(List::size).sum()).isEqualTo(970);
        assertThat(a.membersBySegment().values()).allMatch(list -> !list.isEmpty());
        assertThat(a.uncoveredSegments()).isEmpty();

        // Balanced by length: the longest stretch per member is close to the average (970/62 = 15.6 per reach,
        // so rounding alone allows about 1/15).
        double avg = riverTotal / 970;
        double worst = 0;
        for (PatrolSegment s : patrol) {
            worst = Math.max(worst, s.weight() / a.membersBySegment().get(s.id()).size());
        }
        assertThat(worst / avg).isEqualTo(a.maxLoadOverAverage(), within(1e-9)).isLessThan(1.1);

        // Home areas respected as far as the places allow: matches = sum over communities of
        // min(members living there, places on its reaches).
        Map<String, Integer> places = new HashMap<>();
        for (PatrolSegment s : patrol) {
            places.merge(s.areaCode().orElseThrow(), a.membersBySegment().get(s.id()).size(), Integer::sum);
        }
        Map<String, Integer> residents = new HashMap<>();
        members.forEach(m -> m.homeAreaCode().ifPresent(h -> residents.merge(h, 1, Integer::sum)));
        int best = 0;
        for (Map.Entry<String, Integer> e : residents.entrySet()) {
            best += Math.min(e.getValue(), places.getOrDefault(e.getKey(), 0));
        }
        Map<String, String> areaOfSegment = new HashMap<>();
        patrol.forEach(s -> areaOfSegment.put(s.id(), s.areaCode().orElseThrow()));
        long actual = members.stream().filter(m -> m.homeAreaCode().isPresent()
                && m.homeAreaCode().get().equals(areaOfSegment.get(a.segmentByMember().get(m.id())))).count();
        assertThat(actual).isEqualTo(a.homeAreaMatches()).isEqualTo(best);
    }
}
