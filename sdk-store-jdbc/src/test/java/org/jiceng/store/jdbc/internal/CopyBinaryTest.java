package org.jiceng.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.core.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The binary COPY writer sends exactly the bytes of a straightforward encoder of PostgreSQL's binary format
 * (text through the JDK's UTF-8 encoder, numeric from the plain decimal string, times from their
 * {@link java.time.Duration} since 2000-01-01) for rows of hostile text and quantities of every size, values longer than its
 * chunk included; and it refuses U+0000 and unpaired surrogates in every text column of rows that did not
 * come through {@link EventRow#of}, naming the event, the field and the position.
 */
class CopyBinaryTest {

    private static final Instant PG_EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    /** Code points of every UTF-8 length, the edges between them, and the JDK's replacement character '?'. */
    private static final int[] CODE_POINTS = {'a', 'Z', '0', '?', ' ', '\t', '\n', '\\', ',', '"', 0x7F, 0x80, 0xE9,
        0x436, 0x7FF, 0x800, '党', '宽', 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F3EE, 0x20000, 0x10FFFF};

    private static byte[] written(List<EventRow> rows, boolean withOrd) throws SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CopyBinary copy = new CopyBinary(out::write);
        for (EventRow row : rows) {
            copy.write(row, withOrd);
        }
        copy.finish();
        return out.toByteArray();
    }

    /** PostgreSQL's binary COPY format written the plain way, one value at a time. */
    private static byte[] reference(List<EventRow> rows, boolean withOrd) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write("PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeInt(0);
        out.writeInt(0);
        for (EventRow row : rows) {
            Event e = row.event();
            out.writeShort(withOrd ? 8 : 7);
            if (withOrd) {
                out.writeInt(4);
                out.writeInt(row.ord());
            }
            text(out, e.id());
            text(out, e.type());
            text(out, e.subjectId());
            out.writeInt(8);
            java.time.Duration since = java.time.Duration.between(PG_EPOCH, e.time());
            out.writeLong(since.getSeconds() * 1_000_000L + since.getNano() / 1000);
            numeric(out, e.quantity());
            if (e.areaId().isPresent()) {
                text(out, e.areaId().get());
            } else {
                out.writeInt(-1);
            }
            text(out, row.attributes());
        }
        out.writeShort(-1);
        out.flush();
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Base-10000 digits cut from the plain decimal string, padded to whole groups on both sides of the point. */
    private static void numeric(DataOutputStream out, BigDecimal value) throws IOException {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        whole = "0".repeat((4 - whole.length() % 4) % 4) + whole;
        fraction = fraction + "0".repeat((4 - fraction.length() % 4) % 4);
        String all = whole + fraction;
        List<Integer> groups = new ArrayList<>();
        for (int i = 0; i < all.length(); i += 4) {
            groups.add(Integer.parseInt(all.substring(i, i + 4)));
        }
        int wholeGroups = whole.length() / 4;
        int lead = 0;
        while (lead < groups.size() && groups.get(lead) == 0) {
            lead++;
        }
        int end = groups.size();
        while (end > lead && groups.get(end - 1) == 0) {
            end--;
        }
        int count = end - lead;
        out.writeInt(8 + 2 * count);
        out.writeShort(count);
        out.writeShort(count == 0 ? 0 : wholeGroups - 1 - lead);
        out.writeShort(count > 0 && value.signum() < 0 ? 0x4000 : 0);
        out.writeShort(value.scale());
        for (int g = lead; g < end; g++) {
            out.writeShort(groups.get(g));
        }
    }

    private static Arbitrary<String> text() {
        Arbitrary<Integer> codePoint = Arbitraries.of(IntStream.of(CODE_POINTS).boxed().toList());
        Arbitrary<String> shortText = codePoint.list().ofMaxSize(12).map(CopyBinaryTest::string);
        // Up to longer than the writer's 64 KiB chunk in UTF-8, ending in characters of every length.
        Arbitrary<String> longText = Combinators.combine(Arbitraries.integers().between(1, 30_000),
                codePoint.list().ofMaxSize(8)).as((k, tail) -> "宽".repeat(k) + string(tail));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(30, shortText), net.jqwik.api.Tuple.of(1, longText));
    }

    private static String string(List<Integer> codePoints) {
        StringBuilder s = new StringBuilder();
        codePoints.forEach(s::appendCodePoint);
        return s.toString();
    }

    private static Arbitrary<BigDecimal> quantity() {
        Arbitrary<BigInteger> unscaled = Combinators.combine(Arbitraries.integers().between(0, 130),
                Arbitraries.longs(), Arbitraries.of(true, false)).as((bits, seed, negative) -> {
                    BigInteger u = new BigInteger(bits, new java.util.Random(seed));
                    return negative ? u.negate() : u;
                });
        Arbitrary<BigInteger> small = Arbitraries.longs().between(-100_000, 100_000).map(BigInteger::valueOf);
        return Combinators.combine(Arbitraries.oneOf(unscaled, small), Arbitraries.integers().between(0, 24))
                .as((u, scale) -> new BigDecimal(u, scale));
    }

    private static Arbitrary<Instant> time() {
        return Combinators.combine(Arbitraries.longs().between(-60_000_000_000L, 250_000_000_000L),
                Arbitraries.integers().between(0, 999_999)).as((s, micros) -> Instant.ofEpochSecond(s, micros * 1000L));
    }

    @Provide
    Arbitrary<List<EventRow>> rows() {
        // Attribute values drawn from a few shared instances (the writer caches their bytes by instance),
        // equal copies of them, and fresh ones.
        Arbitrary<List<String>> shared = text().list().ofMinSize(1).ofMaxSize(4);
        return shared.flatMap(pool -> {
            Arbitrary<String> attributes = Arbitraries.oneOf(Arbitraries.of(pool),
                    Arbitraries.of(pool).map(String::new), text());
            Arbitrary<Event> event = Combinators.combine(text(), text(), text(), text().optional(0.7), time(),
                    quantity()).as((id, type, subject, area, at, quantity) -> new Event("e" + id, "t" + type,
                            "s" + subject, at, quantity, area, Map.of()));
            return Combinators.combine(event, attributes).as((e, a) -> new Object[] {e, a}).list().ofMaxSize(30)
                    .map(list -> {
                        List<EventRow> rows = new ArrayList<>();
                        for (Object[] pair : list) {
                            rows.add(new EventRow(rows.size(), (Event) pair[0], (String) pair[1]));
                        }
                        return rows;
                    });
        });
    }

    @Property
    void writesTheBytesOfAStraightforwardEncoder(@ForAll("rows") List<EventRow> rows, @ForAll boolean withOrd)
            throws Exception {
        assertThat(written(rows, withOrd)).isEqualTo(reference(rows, withOrd));
    }

    /** Text with U+0000 or a lone surrogate put into one of the row's text columns, the rest well-formed. */
    @Property
    void refusesTextPostgresCannotHoldInAnyColumnNamingTheEventFieldAndPosition(@ForAll("rows") List<EventRow> rows,
            @ForAll("bad") String bad, @ForAll("column") int column) {
        Event e = new Event("bad-1", "t", "s", PG_EPOCH, BigDecimal.ONE, Optional.of("a"), Map.of());
        String prefix = "ok 宽🏮 ";
        String value = prefix + bad + " end";
        Event broken = switch (column) {
            case 0 -> new Event(value, e.type(), e.subjectId(), e.time(), e.quantity(), e.areaId(), Map.of());
            case 1 -> new Event(e.id(), value, e.subjectId(), e.time(), e.quantity(), e.areaId(), Map.of());
            case 2 -> new Event(e.id(), e.type(), value, e.time(), e.quantity(), e.areaId(), Map.of());
            case 3 -> new Event(e.id(), e.type(), e.subjectId(), e.time(), e.quantity(), Optional.of(value), Map.of());
            default -> e;
        };
        List<EventRow> withBad = new ArrayList<>(rows);
        withBad.add(new EventRow(rows.size(), broken, column == 4 ? value : "[]"));
        String field = List.of("id", "type", "subjectId", "areaId", "attributes").get(column);

        assertThatThrownBy(() -> written(withBad, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Event " + broken.id() + " " + field + " contains ")
                .hasMessageContaining(bad.equals("\u0000") ? "U+0000" : "unpaired UTF-16 surrogate")
                .hasMessageContaining("at character " + prefix.length() + " of " + value.length());
    }

    @Provide
    Arbitrary<String> bad() {
        return Arbitraries.of("\u0000", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800");
    }

    @Provide
    Arbitrary<Integer> column() {
        return Arbitraries.integers().between(0, 4);
    }

    @Test
    void aQuestionMarkAndAPairedSurrogateAreNotMistakenForBrokenText() throws Exception {
        Event e = new Event("q?", "why?", "s", PG_EPOCH, new BigDecimal("-12345678901234567.8"), Optional.of("🏮?"),
                Map.of());
        List<EventRow> rows = List.of(new EventRow(0, e, "[\"?\",\"𠀀\"]"));

        assertThat(written(rows, true)).isEqualTo(reference(rows, true));
    }

    @Test
    void theSameBadAttributesInstanceIsRefusedOnEveryBatch() {
        String attributes = "[\"note\",\"half \uD83C\"]";
        Event e = new Event("e1", "t", "s", PG_EPOCH, BigDecimal.ONE, Optional.empty(), Map.of());
        for (int batch = 0; batch < 2; batch++) {
            assertThatThrownBy(() -> written(List.of(new EventRow(0, e, attributes)), false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Event e1 attributes contains an unpaired UTF-16 surrogate U+D83C");
        }
    }
}
