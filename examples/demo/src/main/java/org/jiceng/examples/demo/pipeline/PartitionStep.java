package org.jiceng.examples.demo.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Grid;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.Role;
import org.jiceng.examples.demo.generate.BuildingSite;
import org.jiceng.examples.demo.generate.GeneratedDistrict;
import org.jiceng.grid.partition.GridPartitioning;
import org.jiceng.grid.partition.Partition;
import org.jiceng.grid.partition.PartitionGrid;
import org.jiceng.grid.partition.PartitionQuality;
import org.jiceng.grid.partition.PartitionRequest;
import org.jiceng.grid.partition.WeightedPoint;
import org.locationtech.jts.geom.Geometry;

/**
 * Divides every community into grids of about {@value #HOUSEHOLDS_PER_GRID} households with the SDK's
 * default partitioner: buildings are the weighted points, the community boundary clips the grid
 * polygons, and grid codes are built on the community's 12-digit division code.
 */
public final class PartitionStep {

    /** Target load of a grid, in households (grids of 300–500 households are common practice). */
    public static final int HOUSEHOLDS_PER_GRID = 450;

    /**
     * One grid with its polygon.
     *
     * @param grid the model record
     * @param communityName the community it divides
     * @param polygon its polygon in lon/lat (merged clipped Voronoi cells, or the hull)
     * @param buildingIds the buildings in it
     */
    public record GridPiece(Grid grid, String communityName, Geometry polygon, List<String> buildingIds) {
    }

    /**
     * The outcome.
     *
     * @param grids every grid, community by community
     * @param gridOfBuilding grid code by building area id
     * @param worstImbalance the highest max/avg load over communities
     * @param meanImbalance mean max/avg load over communities
     * @param worstExcessOverFloor highest (max/avg - floor) over communities
     * @param meanCompactness mean Polsby-Popper compactness over all grids
     * @param nonContiguous grids whose buildings are not connected
     * @param partitioner the partitioner's name
     */
    public record Result(List<GridPiece> grids, Map<String, String> gridOfBuilding, double worstImbalance,
            double meanImbalance, double worstExcessOverFloor, double meanCompactness, int nonContiguous,
            String partitioner) {
    }

    private PartitionStep() {
    }

    static Result run(GeneratedDistrict district) {
        Map<String, List<String>> workers = gridWorkersByCommunity(district.dataset());
        GridPartitioning partitioning = GridPartitioning.defaults();
        Map<String, List<BuildingSite>> byCommunity = new LinkedHashMap<>();
        for (BuildingSite b : district.buildings()) {
            byCommunity.computeIfAbsent(b.communityId(), k -> new ArrayList<>()).add(b);
        }
        Map<String, Area> communities = new HashMap<>();
        district.dataset().areas().stream().filter(a -> a.level() == AreaLevel.COMMUNITY)
                .forEach(a -> communities.put(a.id(), a));
        List<GridPiece> pieces = new ArrayList<>();
        Map<String, String> gridOfBuilding = new HashMap<>();
        double worst = 0;
        double sumImbalance = 0;
        double worstExcess = 0;
        double sumCompactness = 0;
        int nonContiguous = 0;
        String partitioner = "";
        for (Map.Entry<String, List<BuildingSite>> e : new java.util.TreeMap<>(byCommunity).entrySet()) {
            Area community = communities.get(e.getKey());
            List<BuildingSite> sites = e.getValue();
            List<WeightedPoint> points = sites.stream()
                    .map(b -> new WeightedPoint(b.areaId(), b.lon(), b.lat(), b.households())).toList();
            long households = sites.stream().mapToLong(BuildingSite::households).sum();
            int k = (int) Math.max(1, Math.min(sites.size(), Math.round((double) households / HOUSEHOLDS_PER_GRID)));
            PartitionRequest request = PartitionRequest.of(points, k).withBoundary(district.communityShapes()
                    .get(e.getKey())).withPolygons(true).withContiguity(true);
            if (community.divisionCode().isPresent()) {
                request = request.withDivisionCode(community.divisionCode().get());
            }
            Partition p = partitioning.partition(request);
            partitioner = p.partitionerName();
            PartitionQuality q = p.quality();
            worst = Math.max(worst, q.maxOverAverage());
            sumImbalance += q.maxOverAverage();
            worstExcess = Math.max(worstExcess, q.excessOverFloor());
            nonContiguous += q.nonContiguousGrids().orElse(0);
            List<Grid> grids = withWorkers(p.toModelGrids(community.id(), community.name() + "网格"),
                    workers.getOrDefault(community.id(), List.of()));
            for (PartitionGrid g : p.grids()) {
                List<String> ids = p.memberIds(g);
                ids.forEach(id -> gridOfBuilding.put(id, g.code()));
                sumCompactness += g.compactness();
                pieces.add(new GridPiece(grids.get(g.index()), community.name(), g.polygon().orElse(g.hull()), ids));
            }
        }
        return new Result(pieces, gridOfBuilding, worst, sumImbalance / Math.max(1, byCommunity.size()), worstExcess,
                sumCompactness / Math.max(1, pieces.size()), nonContiguous, partitioner);
    }

    /** The community's 网格员, by person id, from their posts and memberships. */
    private static Map<String, List<String>> gridWorkersByCommunity(Dataset d) {
        Map<String, String> postArea = new HashMap<>();
        d.posts().stream().filter(p -> p.role() == Role.GRID_WORKER)
                .forEach(p -> p.areaId().ifPresent(a -> postArea.put(p.id(), a)));
        Map<String, List<String>> byCommunity = new java.util.TreeMap<>();
        d.memberships().stream().filter(m -> m.role() == Role.GRID_WORKER && m.postId().isPresent())
                .sorted(java.util.Comparator.comparing(Membership::id))
                .forEach(m -> {
                    String area = postArea.get(m.postId().get());
                    if (area != null) {
                        byCommunity.computeIfAbsent(area, k -> new ArrayList<>()).add(m.personId());
                    }
                });
        return byCommunity;
    }

    /** Gives each grid one of the community's grid workers, in turn (a worker may serve two grids). */
    private static List<Grid> withWorkers(List<Grid> grids, List<String> workers) {
        if (workers.isEmpty()) {
            return grids;
        }
        List<Grid> out = new ArrayList<>(grids.size());
        for (int i = 0; i < grids.size(); i++) {
            Grid g = grids.get(i);
            out.add(new Grid(g.id(), g.code(), g.name(), g.areaId(), g.parentGridId(),
                    List.of(workers.get(i % workers.size())), g.households(), g.geometryRef()));
        }
        return out;
    }
}
