package org.jiceng.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridIndexes;
import org.jiceng.grid.index.GridShape;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Builds the grid index of one division from its grid rows and locates the division's points in it. */
public final class LocateInDivision implements CoGroupFunction<String, Row, Row, Row> {

    private static final long serialVersionUID = 1L;

    private final int lonIndex;
    private final int latIndex;
    private final String idColumn;
    private final String wktColumn;

    /**
     * @param lonIndex position of {@code lon} in the point rows
     * @param latIndex position of {@code lat}
     * @param idColumn the grids' id column
     * @param wktColumn the grids' WKT column
     */
    public LocateInDivision(int lonIndex, int latIndex, String idColumn, String wktColumn) {
        this.lonIndex = lonIndex;
        this.latIndex = latIndex;
        this.idColumn = idColumn;
        this.wktColumn = wktColumn;
    }

    @Override
    public Iterator<Row> call(String division, Iterator<Row> points, Iterator<Row> grids) {
        List<GridShape> shapes = new ArrayList<>();
        WKTReader reader = new WKTReader();
        while (grids.hasNext()) {
            Row g = grids.next();
            String id = g.getAs(idColumn);
            try {
                shapes.add(new GridShape(id, reader.read(g.<String>getAs(wktColumn))));
            } catch (ParseException | RuntimeException e) {
                throw new IllegalArgumentException("division " + division + ", grid " + id + ": column " + wktColumn
                        + " is not a valid polygon: " + e.getMessage(), e);
            }
        }
        GridIndex index = shapes.isEmpty() ? null : GridIndexes.create(shapes);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return points.hasNext();
            }

            @Override
            public Row next() {
                Row p = points.next();
                Object[] values = new Object[p.length() + 1];
                for (int i = 0; i < p.length(); i++) {
                    values[i] = p.get(i);
                }
                Double lon = p.isNullAt(lonIndex) ? null : p.getDouble(lonIndex);
                Double lat = p.isNullAt(latIndex) ? null : p.getDouble(latIndex);
                if (lon == null || lat == null || !Double.isFinite(lon) || !Double.isFinite(lat)) {
                    throw new IllegalArgumentException("division " + division + ": point (lon " + lon + ", lat " + lat
                            + ") cannot be located: both coordinates must be present and finite");
                }
                values[p.length()] = index == null ? null : index.locate(lon, lat).orElse(null);
                return RowFactory.create(values);
            }
        };
    }
}
