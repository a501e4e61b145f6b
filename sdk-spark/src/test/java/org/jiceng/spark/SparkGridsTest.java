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
