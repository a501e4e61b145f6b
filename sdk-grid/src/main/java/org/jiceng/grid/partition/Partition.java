package org.jiceng.grid.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.core.model.Grid;

/**
 * The result of partitioning: K grids, the grid of every point and the quality figures.
 * Immutable.
 */
public final class Partition {

    private final String partitionerName;
    private final List<WeightedPoint> points;
    private final int[] gridOf;
    private final List<PartitionGrid> grids;
    private final PartitionQuality quality;
    private final List<GridIssue> issues;

    Partition(String partitionerName, List<WeightedPoint> points, int[] gridOf, List<PartitionGrid> grids,
            PartitionQuality quality, List<GridIssue> issues) {
        this.partitionerName = partitionerName;
        this.points = points;
        this.gridOf = gridOf;
        this.grids = List.copyOf(grids);
        this.quality = quality;
        this.issues = List.copyOf(issues);
    }

    /** @return name of the algorithm that made the assignment */
    public String partitionerName() {
        return partitionerName;
    }

    /** @return the grids, by index */
    public List<PartitionGrid> grids() {
        return grids;
    }

    /** @return K */
    public int gridCount() {
        return grids.size();
    }

    /**
     * @param pointIndex index into the request's points
     * @return the grid containing that point
     */
    public PartitionGrid gridOf(int pointIndex) {
        return grids.get(gridOf[pointIndex]);
    }

    /** @return grid index per point (a copy) */
    public int[] assignment() {
        return gridOf.clone();
    }

    /** @return the balance, compactness and contiguity figures */
    public PartitionQuality quality() {
        return quality;
    }

    /**
     * What is wrong with which grid, and why: grids without a polygon, members their grid's polygon does
     * not cover, grids left in pieces (see {@link GridIssue.Kind}). Empty when every grid is one piece
     * (as far as tested) and every polygon (when built) covers its members.
     *
     * @return the issues, by grid index then kind
     */
    public List<GridIssue> issues() {
        return issues;
    }

    /**
     * @param grid a grid of this partition
     * @return the ids of its member points
     */
    public List<String> memberIds(PartitionGrid grid) {
        List<String> ids = new ArrayList<>(grid.memberCount());
        for (int i : grid.memberIndices()) {
            ids.add(points.get(i).id());
        }
        return ids;
    }

    /**
     * Converts the grids to core model records: id and geometry reference are the grid code, the
     * name is {@code namePrefix + sequence}, households the grid load.
     *
     * @param areaId the area (community) the grids divide
     * @param namePrefix display name prefix, e.g. {@code "网格"} gives 网格1, 网格2, ...
     * @return one {@link Grid} per partition grid, in index order
     */
    public List<Grid> toModelGrids(String areaId, String namePrefix) {
        List<Grid> out = new ArrayList<>(grids.size());
        for (PartitionGrid g : grids) {
            out.add(new Grid(g.code(), g.code(), namePrefix + (g.index() + 1), areaId, Optional.empty(), List.of(),
                    Math.toIntExact(g.load()), Optional.of(g.code())));
        }
        return out;
    }
}
