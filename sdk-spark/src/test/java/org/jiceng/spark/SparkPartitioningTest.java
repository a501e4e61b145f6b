package org.jiceng.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.jiceng.grid.partition.GridPartitioning;
import org.jiceng.grid.partition.Partition;
import org.jiceng.grid.partition.PartitionGrid;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.spark.internal.GeoJson;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTWriter;

class SparkPartitioningTest {

    private record Community(String code, int grids, List<WeightedPoint> buildings) {
    }

    /** 200 communities along a street grid in Chaoyang, 60-140 buildings each, clustered in blocks. */
    private static List<Community> communities() {
        List<Community> out = new ArrayList<>();
        for (int c = 0; c < 200; c++) {
            SplittableRandom r = new SplittableRandom(c);
            String code = String.format(Locale.ROOT, "110105%03d%03d", 1 + c / 50, 1 + c % 50);
            double lon0 = 116.40 + (c % 20) * 0.012;
            double lat0 = 39.90 + (c / 20) * 0.010;
            int n = 60 + r.nextInt(81);
            List<WeightedPoint> b = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int block = r.nextInt(6);
                b.add(new WeightedPoint(code + "-B" + i, lon0 + (block % 3) * 0.003 + r.nextDouble() * 0.0025,
                        lat0 + (block / 3) * 0.004 + r.nextDouble() * 0.003, 1 + r.nextInt(60)));
            }
            out.add(new Community(code, 3 + r.nextInt(6), b));
        }
        return out;
    }

    @Test
    void twoHundredCommunitiesArePartitionedAsOnOneMachine() {
        List<Community> communities = communities();
        SparkSession spark = SharedSpark.session();
        List<Row> buildingRows = new ArrayList<>();
        List<Row> communityRows = new ArrayList<>();
        for (Community c : communities) {
            communityRows.add(RowFactory.create(c.code(), c.grids()));
            for (WeightedPoint p : c.buildings()) {
                buildingRows.add(RowFactory.create(c.code(), p.id(), p.lon(), p.lat(), p.weight()));
            }
        }
        // Rows arrive in no particular order: the result must not depend on it.
        Collections.shuffle(buildingRows, new Random(3));
        List<Row> grids = SparkPartitioning.partition(
                spark.createDataFrame(buildingRows, SparkPartitioning.BUILDING_SCHEMA).repartition(4),
                spark.createDataFrame(communityRows, SparkPartitioning.COMMUNITY_SCHEMA)).collectAsList();

        Map<String, List<Row>> byCommunity = new TreeMap<>();
        for (Row g : grids) {
            byCommunity.computeIfAbsent(g.getString(0), k -> new ArrayList<>()).add(g);
        }
        assertThat(byCommunity).hasSize(200);
        WKTWriter wkt = new WKTWriter();
        for (Community c : communities) {
            Partition single = GridPartitioning.defaults().partition(SparkPartitioning.request(c.code(), c.buildings(), c.grids()));
            List<Row> rows = new ArrayList<>(byCommunity.get(c.code()));
            rows.sort((a, b) -> Integer.compare(a.<Integer>getAs("grid_index"), b.<Integer>getAs("grid_index")));
            assertThat(rows).as(c.code()).hasSize(single.gridCount());
            for (PartitionGrid g : single.grids()) {
                Row row = rows.get(g.index());
                assertThat(row.<String>getAs("grid_code")).isEqualTo(g.code());
                assertThat(row.<Long>getAs("load")).isEqualTo(g.load());
                assertThat(row.getList(row.fieldIndex("building_ids"))).as(g.code()).isEqualTo(single.memberIds(g));
                assertThat(row.<String>getAs("polygon_wkt")).isEqualTo(g.polygon().map(wkt::write).orElseThrow());
                assertThat(row.<String>getAs("polygon_geojson")).isEqualTo(GeoJson.write(g.polygon().orElseThrow()));
                assertThat(row.<String>getAs("hull_wkt")).isEqualTo(wkt.write(g.hull()));
                assertThat(row.<Boolean>getAs("contiguous")).isEqualTo(g.contiguous().orElseThrow());
            }
        }
    }

    @Test
    void buildingsOfACommunityWithoutAGridCountAreReported() {
        SparkSession spark = SharedSpark.session();
        List<Row> buildings = List.of(RowFactory.create("110105001001", "b1", 116.4, 39.9, 3L),
                RowFactory.create("110105001002", "b2", 116.41, 39.91, 3L));
        List<Row> counts = List.of(RowFactory.create("110105001001", 1));
        assertThatThrownBy(() -> SparkPartitioning.partition(spark.createDataFrame(buildings, SparkPartitioning.BUILDING_SCHEMA),
                spark.createDataFrame(counts, SparkPartitioning.COMMUNITY_SCHEMA)).collectAsList())
                .hasStackTraceContaining("community 110105001002 has buildings (e.g. b2) but no row in the communities Dataset");
    }

    @Test
    void moreGridsThanBuildingsIsReportedWithTheCommunity() {
        SparkSession spark = SharedSpark.session();
        List<Row> buildings = List.of(RowFactory.create("110105001001", "b1", 116.4, 39.9, 3L));
        List<Row> counts = List.of(RowFactory.create("110105001001", 2));
        assertThatThrownBy(() -> SparkPartitioning.partition(spark.createDataFrame(buildings, SparkPartitioning.BUILDING_SCHEMA),
                spark.createDataFrame(counts, SparkPartitioning.COMMUNITY_SCHEMA)).collectAsList())
                .hasStackTraceContaining("community 110105001001 (1 buildings, 2 grids)");
    }
}
