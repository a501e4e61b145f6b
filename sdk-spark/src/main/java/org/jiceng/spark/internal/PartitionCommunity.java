package org.jiceng.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jiceng.grid.partition.GridPartitioning;
import org.jiceng.grid.partition.Partition;
import org.jiceng.grid.partition.PartitionGrid;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.spark.SparkPartitioning;
import org.locationtech.jts.io.WKTWriter;

/** Partitions the buildings of one community (one group) and emits its grids as rows. */
public final class PartitionCommunity implements FlatMapGroupsFunction<String, Row, Row> {

    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(String community, Iterator<Row> buildings) {
        List<WeightedPoint> points = new ArrayList<>();
        int gridCount = -1;
        while (buildings.hasNext()) {
            Row r = buildings.next();
            String id = r.getAs("building_id");
            try {
                points.add(new WeightedPoint(id, r.<Double>getAs("lon"), r.<Double>getAs("lat"), r.<Long>getAs("weight")));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("community " + community + ", building " + id + ": " + e.getMessage(), e);
            }
            int field = r.fieldIndex("grid_count");
            if (r.isNullAt(field)) {
                throw new IllegalArgumentException("community " + community + " has buildings (e.g. " + id
                        + ") but no row in the communities Dataset, so its grid count is unknown");
            }
            gridCount = r.getInt(field);
        }
        Partition partition;
        try {
            partition = GridPartitioning.defaults().partition(SparkPartitioning.request(community, points, gridCount));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("community " + community + " (" + points.size() + " buildings, "
                    + gridCount + " grids): " + e.getMessage(), e);
        }
        WKTWriter wkt = new WKTWriter();
        List<Row> out = new ArrayList<>(partition.gridCount());
        for (PartitionGrid g : partition.grids()) {
            String polygonWkt = g.polygon().map(wkt::write).orElse(null);
            String polygonGeoJson = g.polygon().map(GeoJson::write).orElse(null);
            out.add(RowFactory.create(community, g.code(), g.index(), g.memberCount(), g.load(),
                    scala.jdk.javaapi.CollectionConverters.asScala(partition.memberIds(g)).toSeq(), g.compactness(),
                    g.contiguous().orElse(null), wkt.write(g.hull()), polygonWkt, polygonGeoJson));
        }
        return out.iterator();
    }
}
