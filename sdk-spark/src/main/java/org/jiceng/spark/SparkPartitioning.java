package org.jiceng.spark;

import static org.apache.spark.sql.functions.broadcast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jiceng.grid.partition.GridPartitioning;
import org.jiceng.grid.partition.PartitionRequest;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.spark.internal.PartitionCommunity;
import org.jiceng.spark.internal.Schemas;

/**
 * Partitions many communities into grids in parallel: the buildings are grouped by community and
 * each group is partitioned with {@link GridPartitioning#defaults()} on an executor, exactly as
 * {@link #request} builds the single-machine request.
 */
public final class SparkPartitioning {

    /** Buildings: {@code community_code} (12-digit division code), {@code building_id}, {@code lon}, {@code lat}, {@code weight}. */
    public static final StructType BUILDING_SCHEMA = new StructType()
            .add("community_code", DataTypes.StringType, false).add("building_id", DataTypes.StringType, false)
            .add("lon", DataTypes.DoubleType, false).add("lat", DataTypes.DoubleType, false)
            .add("weight", DataTypes.LongType, false);

    /** Communities: {@code community_code} and the number of grids to make, {@code grid_count}. */
    public static final StructType COMMUNITY_SCHEMA = new StructType()
            .add("community_code", DataTypes.StringType, false).add("grid_count", DataTypes.IntegerType, false);

    /**
     * One row per grid: {@code community_code}; {@code grid_code} (division code and 3-digit sequence);
     * {@code grid_index} (0-based); {@code building_count}; {@code load} (sum of weights);
     * {@code building_ids}; {@code compactness}; {@code contiguous} (null when not tested);
     * {@code hull_wkt}; {@code polygon_wkt} and {@code polygon_geojson} (the grid polygon, WGS-84).
     */
    public static final StructType GRID_SCHEMA = new StructType()
            .add("community_code", DataTypes.StringType, false).add("grid_code", DataTypes.StringType, false)
            .add("grid_index", DataTypes.IntegerType, false).add("building_count", DataTypes.IntegerType, false)
            .add("load", DataTypes.LongType, false)
            .add("building_ids", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("compactness", DataTypes.DoubleType, false).add("contiguous", DataTypes.BooleanType, true)
            .add("hull_wkt", DataTypes.StringType, false).add("polygon_wkt", DataTypes.StringType, true)
            .add("polygon_geojson", DataTypes.StringType, true);

    private static final Comparator<WeightedPoint> POINT_ORDER = Comparator.comparing(WeightedPoint::id)
            .thenComparingDouble(WeightedPoint::lon).thenComparingDouble(WeightedPoint::lat)
            .thenComparingLong(WeightedPoint::weight);

    private SparkPartitioning() {
    }

    /**
     * The request each community is partitioned with, so that the distributed result can be reproduced
     * on one machine: the points sorted by id (then lon, lat, weight: Spark delivers a group's rows in no
     * set order), {@code gridCount} grids coded under the community's division code, with polygons and
     * contiguity repair ({@link PartitionRequest#of}).
     *
     * @param communityCode the community's 12-digit division code
     * @param points its buildings, in any order
     * @param gridCount how many grids
     * @return the request
     */
    public static PartitionRequest request(String communityCode, List<WeightedPoint> points, int gridCount) {
        List<WeightedPoint> sorted = new ArrayList<>(points);
        sorted.sort(POINT_ORDER);
        return PartitionRequest.of(sorted, gridCount).withDivisionCode(communityCode);
    }

    /**
     * @param buildings rows with the columns of {@link #BUILDING_SCHEMA} (others are ignored)
     * @param communities rows of {@link #COMMUNITY_SCHEMA}, one per community to partition (small: broadcast)
     * @return the grids, in {@link #GRID_SCHEMA}; communities without buildings give none
     * @throws IllegalArgumentException when a column is missing or mistyped; (while the job runs) naming the
     *     community and building when a building or a community's request is invalid, or when buildings
     *     name a community that has no row in {@code communities}
     */
    public static Dataset<Row> partition(Dataset<Row> buildings, Dataset<Row> communities) {
        Objects.requireNonNull(buildings, "buildings");
        Objects.requireNonNull(communities, "communities");
        for (var f : BUILDING_SCHEMA.fields()) {
            Schemas.require(buildings.schema(), f.name(), f.dataType(), "buildings Dataset", BUILDING_SCHEMA);
        }
        for (var f : COMMUNITY_SCHEMA.fields()) {
            Schemas.require(communities.schema(), f.name(), f.dataType(), "communities Dataset", COMMUNITY_SCHEMA);
        }
        Dataset<Row> joined = buildings.select("community_code", "building_id", "lon", "lat", "weight")
                .join(broadcast(communities.select("community_code", "grid_count")),
                        scala.jdk.javaapi.CollectionConverters.asScala(List.of("community_code")).toSeq(), "left");
        return joined.groupByKey((org.apache.spark.api.java.function.MapFunction<Row, String>) r -> r.getString(0),
                Encoders.STRING()).flatMapGroups(new PartitionCommunity(), Encoders.row(GRID_SCHEMA));
    }
}
