package org.jiceng.examples.demo.generate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
import java.util.concurrent.ConcurrentHashMap;
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

    /** Record accessors by class, made accessible once. */
    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

    /** Text that is the same for equal values in every run: records by component, hash orders sorted. */
    static String canonical(Object o) {
        StringBuilder sb = new StringBuilder();
        append(sb, o);
        return sb.toString();
    }

    private static Method[] accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Method[] methods = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                methods[i] = components[i].getAccessor();
                methods[i].setAccessible(true);
            }
            return methods;
        });
    }

    private static void append(StringBuilder sb, Object o) {
        if (o == null) {
            sb.append("null");
        } else if (o instanceof String s) {
            sb.append('"').append(s).append('"');
        } else if (o instanceof Record r) {
            sb.append(r.getClass().getSimpleName()).append('(');
            for (Method m : accessors(r.getClass())) {
                sb.append(m.getName()).append('=');
                try {
                    append(sb, m.invoke(r));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new AssertionError("Cannot read " + m + " of " + r.getClass(), e);
                }
                sb.append(',');
            }
            sb.append(')');
        } else if (o instanceof Optional<?> opt) {
            if (opt.isPresent()) {
                sb.append("Some(");
                append(sb, opt.get());
                sb.append(')');
            } else {
                sb.append("None");
            }
        } else if (o instanceof Map<?, ?> m) {
            List<String> entries = new ArrayList<>();
            m.forEach((k, v) -> entries.add(canonical(k) + "=" + canonical(v)));
            entries.sort(null);
            sb.append('{').append(String.join(",", entries)).append('}');
        } else if (o instanceof Set<?> set) {
            List<String> items = new ArrayList<>();
            set.forEach(v -> items.add(canonical(v)));
            items.sort(null);
            sb.append("Set").append(items);
        } else if (o instanceof Collection<?> c) {
            sb.append('[');
            for (Object v : c) {
                append(sb, v);
                sb.append(", ");
            }
            sb.append(']');
        } else if (o instanceof Double x) {
            sb.append(Long.toHexString(Double.doubleToRawLongBits(x)));
        } else if (o instanceof BigDecimal b) {
            sb.append(b.unscaledValue()).append("e-").append(b.scale());
        } else if (o instanceof Geometry g) {
            sb.append(new WKTWriter().write(g)).append(" bits");
            for (Coordinate c : g.getCoordinates()) {
                sb.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(c.x)))
                        .append(',').append(Long.toHexString(Double.doubleToRawLongBits(c.y)));
            }
        } else {
            sb.append(o.getClass().getSimpleName()).append(':').append(o);
        }
    }
}
