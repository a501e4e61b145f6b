package org.jiceng.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridIndexes;
import org.jiceng.grid.index.GridShape;
import org.jiceng.spark.internal.GridPayload;
import org.jiceng.spark.internal.LocateInDivision;
import org.jiceng.spark.internal.Schemas;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Locates points in grids on Spark with the SDK's {@link GridIndex}: the grid shapes are broadcast
 * once and each executor JVM builds one index from them, so every point gets exactly the grid the
 * single-machine index gives (including the lowest-id tie rule on shared edges).
 */
public final class SparkGrids {

    /** The column {@link #locate} adds: the owning grid's id, null when no grid covers the point. */
    public static final String GRID_ID = "grid_id";

    private SparkGrids() {
    }

    /**
     * @param points rows with {@code lon} and {@code lat} columns (double, WGS-84 degrees, not null);
     *     other columns are kept
     * @param gridShapes the grids (up to a few hundred thousand: they are broadcast to every executor)
     * @return the points with a {@value #GRID_ID} column
     * @throws IllegalArgumentException when {@code lon} or {@code lat} is missing or not a double; (while
     *     the job runs) when a coordinate is null or not finite, naming it
     */
    public static Dataset<Row> locate(Dataset<Row> points, List<GridShape> gridShapes) {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(gridShapes, "gridShapes");
        Schemas.require(points.schema(), "lon", DataTypes.DoubleType, "points Dataset", POINT_SCHEMA);
        Schemas.require(points.schema(), "lat", DataTypes.DoubleType, "points Dataset", POINT_SCHEMA);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(points.sparkSession().sparkContext());
        Broadcast<GridPayload> grids = context.broadcast(
                new GridPayload(UUID.randomUUID().toString(), List.copyOf(gridShapes), GridIndexes.DEFAULT_PROVIDER));
        UserDefinedFunction locate = functions.udf(new Locate(grids), DataTypes.StringType);
        return points.withColumn(GRID_ID, locate.apply(col("lon"), col("lat")));
    }

    /**
     * Locates points among the grids of their own division, for grid sets too large to broadcast
     * (a province's ~10^6 grids): points and grids are shuffled by division code, and one index per
     * division is built from its grids, on the executor that holds them. A point is located among its
     * division's grids only (so a point on a division border gets its own division's grid); points of a
     * division without grids get null.
     *
     * @param points rows with {@code division_code} (string), {@code lon} and {@code lat} (double); other
     *     columns are kept
     * @param grids rows with {@code division_code}, an id column and a WKT polygon column
     * @param idColumn the grids' id column, e.g. {@code grid_code}
     * @param wktColumn the grids' WKT column, e.g. {@code polygon_wkt}
     * @return the points with a {@value #GRID_ID} column
     * @throws IllegalArgumentException when a column is missing or mistyped; (while the job runs) naming the
     *     division and grid when a grid's WKT is invalid, or the division when a coordinate is null or not finite
     */
    public static Dataset<Row> locateByDivision(Dataset<Row> points, Dataset<Row> grids, String idColumn,
            String wktColumn) {
        StructType pointSchema = POINT_SCHEMA.add("division_code", DataTypes.StringType, false);
        StructType gridSchema = new StructType()
                .add("division_code", DataTypes.StringType).add(idColumn, DataTypes.StringType)
                .add(wktColumn, DataTypes.StringType);
        for (var f : pointSchema.fields()) {
            Schemas.require(points.schema(), f.name(), f.dataType(), "points Dataset", pointSchema);
        }
        for (var f : gridSchema.fields()) {
            Schemas.require(grids.schema(), f.name(), f.dataType(), "grids Dataset", gridSchema);
        }
        StructType out = points.schema().add(GRID_ID, DataTypes.StringType, true);
        int division = points.schema().fieldIndex("division_code");
        int gridDivision = grids.schema().fieldIndex("division_code");
        return points.groupByKey((MapFunction<Row, String>) r -> r.getString(division),
                        Encoders.STRING())
                .cogroup(grids.groupByKey((MapFunction<Row, String>) r -> r.getString(gridDivision),
                        Encoders.STRING()),
                        new LocateInDivision(points.schema().fieldIndex("lon"),
                                points.schema().fieldIndex("lat"), idColumn, wktColumn),
                        Encoders.row(out));
    }

    /**
     * Collects grid shapes to the driver, e.g. from Parquet written by
     * {@link SparkPartitioning#partition} or by a GIS export.
     *
     * @param grids rows with an id column and a WKT polygon column
     * @param idColumn the id column, e.g. {@code grid_code} in {@link SparkPartitioning#GRID_SCHEMA}
     * @param wktColumn the WKT column, e.g. {@code polygon_wkt}
     * @return the shapes, in row order
     * @throws IllegalArgumentException naming the grid when its WKT does not parse or is not a valid polygon
     */
    public static List<GridShape> shapes(Dataset<Row> grids, String idColumn, String wktColumn) {
        StructType expected = new StructType()
                .add(idColumn, DataTypes.StringType).add(wktColumn, DataTypes.StringType);
        Schemas.require(grids.schema(), idColumn, DataTypes.StringType, "grids Dataset", expected);
        Schemas.require(grids.schema(), wktColumn, DataTypes.StringType, "grids Dataset", expected);
        WKTReader reader = new WKTReader();
        List<GridShape> out = new ArrayList<>();
        for (Row r : grids.select(idColumn, wktColumn).collectAsList()) {
            String id = r.getString(0);
            try {
                out.add(new GridShape(id, reader.read(r.getString(1))));
            } catch (ParseException | RuntimeException e) {
                throw new IllegalArgumentException("grid " + id + ": column " + wktColumn + " is not a valid polygon: "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The point columns {@link #locate} reads. */
    public static final StructType POINT_SCHEMA = new StructType()
            .add("lon", DataTypes.DoubleType, false).add("lat", DataTypes.DoubleType, false);

    /** Looks one point up in the executor's index. */
    private static final class Locate implements UDF2<Double, Double, String> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<GridPayload> grids;

        Locate(Broadcast<GridPayload> grids) {
            this.grids = grids;
        }

        @Override
        public @Nullable String call(@Nullable Double lon, @Nullable Double lat) {
            if (lon == null || lat == null || !Double.isFinite(lon) || !Double.isFinite(lat)) {
                throw new IllegalArgumentException("point (lon " + lon + ", lat " + lat
                        + ") cannot be located: both coordinates must be present and finite");
            }
            return grids.value().index().locate(lon, lat).orElse(null);
        }
    }
}
