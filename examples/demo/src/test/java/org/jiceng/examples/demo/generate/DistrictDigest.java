package org.jiceng.examples.demo.generate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * A SHA-256 over everything a generated district holds, in its order: every record of the dataset, the
 * building sites, community boxes and shapes, the outline, rivers, cases and planted defects. Geometries
 * count twice, as WKT and as the raw bits of every coordinate in order, so that any change of a vertex,
 * of vertex order or of ring order changes the digest. Hash-ordered collections inside records (attribute
 * maps, sets) are sorted first, as their iteration order differs from run to run.
 */
final class DistrictDigest {

    private DistrictDigest() {
    }

    /**
     * @param d a generated district
     * @return the hex SHA-256 of its canonical text
     */
    static String of(GeneratedDistrict d) {
        MessageDigest sha = sha256();
        d.dataset().records().forEach(r -> line(sha, canonical(r)));
        line(sha, "buildings");
        d.buildings().forEach(b -> line(sha, canonical(b)));
        line(sha, "boxes");
        d.communityBoxes().forEach((id, box) -> line(sha, id + "=" + canonical(box)));
        line(sha, "shapes");
        d.communityShapes().forEach((id, g) -> line(sha, id + "=" + canonical(g)));
        line(sha, "outline=" + canonical(d.outline()));
        line(sha, "bounds=" + canonical(d.bounds()));
        line(sha, "rivers");
        d.rivers().forEach(r -> line(sha, canonical(r)));
        line(sha, "cases");
        d.cases().forEach(c -> line(sha, canonical(c)));
        line(sha, "defects");
        d.injectedDefects().forEach(x -> line(sha, canonical(x)));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static void line(MessageDigest sha, String s) {
        sha.update((s + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Text that is the same for equal values in every run: records by component, hash orders sorted. */
    static String canonical(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof Record r) {
            StringBuilder sb = new StringBuilder(r.getClass().getSimpleName()).append('(');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    sb.append(c.getName()).append('=').append(canonical(c.getAccessor().invoke(r))).append(',');
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new AssertionError("Cannot read " + c + " of " + r.getClass(), e);
                }
            }
            return sb.append(')').toString();
        }
        if (o instanceof Optional<?> opt) {
            return opt.map(v -> "Some(" + canonical(v) + ")").orElse("None");
        }
        if (o instanceof Map<?, ?> m) {
            List<String> entries = new ArrayList<>();
            m.forEach((k, v) -> entries.add(canonical(k) + "=" + canonical(v)));
            entries.sort(null);
            return "{" + String.join(",", entries) + "}";
        }
        if (o instanceof Set<?> s) {
            List<String> items = new ArrayList<>();
            s.forEach(v -> items.add(canonical(v)));
            items.sort(null);
            return "Set" + items;
        }
        if (o instanceof Collection<?> c) {
            List<String> items = new ArrayList<>();
            c.forEach(v -> items.add(canonical(v)));
            return items.toString();
        }
        if (o instanceof Double x) {
            return Long.toHexString(Double.doubleToRawLongBits(x));
        }
        if (o instanceof BigDecimal b) {
            return b.unscaledValue() + "e-" + b.scale();
        }
        if (o instanceof Geometry g) {
            StringBuilder sb = new StringBuilder(new WKTWriter().write(g)).append(" bits");
            for (Coordinate c : g.getCoordinates()) {
                sb.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(c.x)))
                        .append(',').append(Long.toHexString(Double.doubleToRawLongBits(c.y)));
            }
            return sb.toString();
        }
        return o.getClass().getSimpleName() + ":" + o;
    }
}
