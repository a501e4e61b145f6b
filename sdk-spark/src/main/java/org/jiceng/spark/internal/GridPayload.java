package org.jiceng.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridIndexes;
import org.jiceng.grid.index.GridShape;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Grid shapes in a form Spark ships (ids and WKB), and the {@link GridIndex} built from them once per
 * executor JVM (the few most recent payloads are kept).
 */
public final class GridPayload implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 4;
    private static final Map<String, GridIndex> INDEXES = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, GridIndex> eldest) {
            return size() > KEPT;
        }
    };

    private final String key;
    private final String[] ids;
    private final byte[][] wkb;
    private final String provider;

    /**
     * @param key identifies this set of shapes within the application (e.g. a UUID)
     * @param shapes the shapes
     * @param provider the {@link GridIndexes} provider to build with
     */
    public GridPayload(String key, List<GridShape> shapes, String provider) {
        this.key = key;
        this.provider = provider;
        this.ids = new String[shapes.size()];
        this.wkb = new byte[shapes.size()][];
        WKBWriter writer = new WKBWriter(2);
        for (int i = 0; i < shapes.size(); i++) {
            ids[i] = shapes.get(i).gridId();
            wkb[i] = writer.write(shapes.get(i).geometry());
        }
    }

    /** @return the index, built on first use in this JVM */
    public GridIndex index() {
        synchronized (INDEXES) {
            GridIndex index = INDEXES.get(key);
            if (index == null) {
                index = GridIndexes.create(provider, shapes());
                INDEXES.put(key, index);
            }
            return index;
        }
    }

    private List<GridShape> shapes() {
        WKBReader reader = new WKBReader(new GeometryFactory());
        List<GridShape> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            try {
                out.add(new GridShape(ids[i], reader.read(wkb[i])));
            } catch (ParseException e) {
                throw new IllegalStateException("grid " + ids[i] + ": its WKB did not survive shipping to the executor", e);
            }
        }
        return out;
    }
}
