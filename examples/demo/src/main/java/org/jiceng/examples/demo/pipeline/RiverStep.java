package org.jiceng.examples.demo.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jiceng.core.model.Person;
import org.jiceng.examples.demo.generate.BuildingSite;
import org.jiceng.examples.demo.generate.GeneratedDistrict;
import org.jiceng.examples.demo.generate.River;
import org.jiceng.grid.line.LineSegment;
import org.jiceng.grid.line.LineSegmenter;
import org.jiceng.grid.line.MemberAssigner;
import org.jiceng.grid.line.PatrolAssignment;
import org.jiceng.grid.line.PatrolMember;
import org.jiceng.grid.line.PatrolSegment;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * 河长制 with party members (Guandu, seed 002: 10 rivers → 62 sections → 970 members): splits the river
 * network into sections of equal length and assigns riverside members to them, preferring members who
 * live in the section's community and balancing length per member.
 */
public final class RiverStep {

    /** Sections per river at seed scale (62 for 10 rivers). */
    static final double SEGMENTS_PER_RIVER = 6.2;
    /** Members per section at seed scale (970 for 62 sections). */
    static final double MEMBERS_PER_SEGMENT = 970.0 / 62.0;

    /**
     * The outcome.
     *
     * @param segments the river sections
     * @param assignment members per section
     * @param members members taking part
     */
    public record Result(List<LineSegment> segments, PatrolAssignment assignment, int members) {
    }

    private RiverStep() {
    }

    static Result run(GeneratedDistrict district) {
        GeometryFactory gf = new GeometryFactory();
        Map<String, LineString> lines = new LinkedHashMap<>();
        for (River r : district.rivers()) {
            Coordinate[] cs = new Coordinate[r.size()];
            for (int i = 0; i < r.size(); i++) {
                cs[i] = new Coordinate(r.lons().get(i), r.lats().get(i));
            }
            lines.put(r.id(), gf.createLineString(cs));
        }
        int total = (int) Math.round(lines.size() * SEGMENTS_PER_RIVER);
        List<LineSegment> segments = LineSegmenter.network(lines, Math.max(total, lines.size()));
        List<PatrolSegment> patrol = new ArrayList<>();
        Set<String> riversideCommunities = new TreeSet<>();
        for (LineSegment s : segments) {
            Point mid = s.geometry().getInteriorPoint();
            Optional<String> community = communityAt(district.communityShapes(), mid);
            community.ifPresent(riversideCommunities::add);
            patrol.add(PatrolSegment.byLength(s, community.orElse(null)));
        }
        List<PatrolMember> members = riversideMembers(district, riversideCommunities,
                (int) Math.round(segments.size() * MEMBERS_PER_SEGMENT));
        return new Result(segments, MemberAssigner.assign(patrol, members), members.size());
    }

    /** Every n-th member living in a riverside community, by id, so the pick is spread and stable. */
    private static List<PatrolMember> riversideMembers(GeneratedDistrict district, Set<String> communities, int wanted) {
        Map<String, String> communityOfBuilding = new HashMap<>();
        for (BuildingSite b : district.buildings()) {
            communityOfBuilding.put(b.areaId(), b.communityId());
        }
        Set<String> members = new TreeSet<>();
        district.dataset().partyMembers().forEach(m -> members.add(m.personId()));
        List<PatrolMember> candidates = new ArrayList<>();
        for (Person p : district.dataset().persons()) {
            if (!members.contains(p.id()) || p.homeAreaId().isEmpty()) {
                continue;
            }
            String community = communityOfBuilding.get(p.homeAreaId().get());
            if (community != null && communities.contains(community)) {
                candidates.add(new PatrolMember(p.id(), Optional.of(community)));
            }
        }
        if (candidates.size() <= wanted) {
            return candidates;
        }
        List<PatrolMember> picked = new ArrayList<>(wanted);
        double step = (double) candidates.size() / wanted;
        for (int i = 0; i < wanted; i++) {
            picked.add(candidates.get((int) (i * step)));
        }
        return picked;
    }

    private static Optional<String> communityAt(Map<String, Geometry> shapes, Point point) {
        for (Map.Entry<String, Geometry> e : shapes.entrySet()) {
            if (e.getValue().covers(point)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }
}
