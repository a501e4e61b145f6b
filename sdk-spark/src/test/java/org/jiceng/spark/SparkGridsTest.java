package org.jiceng.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridIndexes;
import org.jiceng.grid.index.GridShape;
import org.junit.jupiter.api.Test;

class SparkGridsTest {

    private static final StructType POINTS = new StructType().add("id", DataTypes.LongType, false)
            .add("lon", DataTypes.DoubleType, false).add("lat", DataTypes.DoubleType, false);

    private static Dataset<Row> points(Lattice lattice, long count) {
        MapPartitionsFunction<Long, Row> make = ids -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return ids.hasNext();
            }

            @Override
            public Row next() {
                long i = ids.next();
                double[] p = lattice.point(i);
                return RowFactory.create(i, p[0], p[1]);
            }
        };
        return SharedSpark.session().range(0, count, 1, 4).mapPartitions(make, Encoders.row(POINTS));
    }

    @Test
    void fourMillionPointsInTenThousandGridsGetTheSingleMachineGridEach() {
        Lattice lattice = new Lattice(100);
        List<GridShape> shapes = lattice.shapes();
        assertThat(shapes).hasSize(10_000);
        GridIndex single = GridIndexes.create(shapes);
        long n = 4_000_000;
        Iterator<Row> located = SparkGrids.locate(points(lattice, n), shapes).select("id", SparkGrids.GRID_ID)
                .toLocalIterator();
        long seen = 0;
        long mismatches = 0;
        long outside = 0;
        long ties = 0;
        String firstMismatch = null;
        while (located.hasNext()) {
            Row r = located.next();
            long id = r.getLong(0);
            double[] p = lattice.point(id);
            String expected = single.locate(p[0], p[1]).orElse(null);
            String actual = r.isNullAt(1) ? null : r.getString(1);
            if (!Objects.equals(expected, actual)) {
                mismatches++;
                firstMismatch = firstMismatch == null ? "point " + id + ": expected " + expected + ", got " + actual
                        : firstMismatch;
            }
            outside += expected == null ? 1 : 0;
            // Every 50th point: count those on a shared vertex or edge, where the tie rule decides.
            if (id % 50 == 0 && single.covering(p[0], p[1]).size() > 1) {
                ties++;
            }
            seen++;
        }
        assertThat(firstMismatch).isNull();
        assertThat(mismatches).isZero();
        assertThat(seen).isEqualTo(n);
        assertThat(outside).isBetween(n / 50, n / 20);
        assertThat(ties).isGreaterThan(n / 50 / 100);
    }

    @Test
    void largeGridSetsLocateEachPointAmongTheGridsOfItsDivision() {
        Lattice lattice = new Lattice(40);
        List<GridShape> shapes = lattice.shapes();
        // Four divisions: the lattice's quadrants; a point belongs to the quadrant of its lattice cell.
        java.util.Map<String, List<GridShape>> byDivision = new java.util.TreeMap<>();
        List<Row> gridRows = new java.util.ArrayList<>();
        org.locationtech.jts.io.WKTWriter wkt = new org.locationtech.jts.io.WKTWriter();
        for (GridShape g : shapes) {
            String division = division(Integer.parseInt(g.gridId().substring(1, 4)), Integer.parseInt(g.gridId().substring(4)));
            byDivision.computeIfAbsent(division, k -> new java.util.ArrayList<>()).add(g);
            gridRows.add(RowFactory.create(division, g.gridId(), wkt.write(g.geometry())));
        }
        java.util.Map<String, GridIndex> single = new java.util.TreeMap<>();
        byDivision.forEach((d, g) -> single.put(d, GridIndexes.create(g)));
        StructType pointSchema = new StructType().add("id", DataTypes.LongType).add("division_code", DataTypes.StringType)
                .add("lon", DataTypes.DoubleType).add("lat", DataTypes.DoubleType);
        List<Row> pointRows = new java.util.ArrayList<>();
        for (long i = 0; i < 200_000; i++) {
            double[] p = lattice.point(i);
            pointRows.add(RowFactory.create(i, divisionOf(p), p[0], p[1]));
        }
        StructType gridSchema = new StructType().add("division_code", DataTypes.StringType).add("grid_code", DataTypes.StringType)
                .add("polygon_wkt", DataTypes.StringType);
        Dataset<Row> located = SparkGrids.locateByDivision(SharedSpark.session().createDataFrame(pointRows, pointSchema),
                SharedSpark.session().createDataFrame(gridRows, gridSchema), "grid_code", "polygon_wkt");
        long checked = 0;
        long inGrid = 0;
        for (Row r : located.select("id", "division_code", SparkGrids.GRID_ID).collectAsList()) {
            double[] p = lattice.point(r.getLong(0));
            GridIndex index = single.get(r.getString(1));
            String expected = index == null ? null : index.locate(p[0], p[1]).orElse(null);
            assertThat(r.isNullAt(2) ? null : r.getString(2)).as("point " + r.getLong(0)).isEqualTo(expected);
            inGrid += expected == null ? 0 : 1;
            checked++;
        }
        assertThat(checked).isEqualTo(200_000);
        assertThat(inGrid).isGreaterThan(180_000);
    }

    private static String division(int i, int j) {
        return "11010500" + (i < 20 ? "1" : "2") + (j < 20 ? "001" : "002");
    }

    private static String divisionOf(double[] p) {
        int i = (int) Math.floor((p[0] - Lattice.LON0) / Lattice.STEP);
        int j = (int) Math.floor((p[1] - Lattice.LAT0) / Lattice.STEP);
        return division(Math.max(0, Math.min(39, i)), Math.max(0, Math.min(39, j)));
    }

    @Test
    void missingCoordinateIsReportedWithItsValues() {
        StructType schema = new StructType().add("lon", DataTypes.DoubleType, true).add("lat", DataTypes.DoubleType, true);
        Dataset<Row> pts = SharedSpark.session().createDataFrame(List.of(RowFactory.create(116.0, null)), schema);
        assertThatThrownBy(() -> SparkGrids.locate(pts, new Lattice(2).shapes()).collectAsList())
                .hasStackTraceContaining("point (lon 116.0, lat null) cannot be located");
    }

    @Test
    void pointsWithoutALonColumnAreRejectedBeforeTheJob() {
        StructType schema = new StructType().add("x", DataTypes.DoubleType, true).add("lat", DataTypes.DoubleType, true);
        Dataset<Row> pts = SharedSpark.session().createDataFrame(List.of(RowFactory.create(116.0, 39.6)), schema);
        assertThatThrownBy(() -> SparkGrids.locate(pts, new Lattice(2).shapes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column 'lon'");
    }
}
