package org.jiceng.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.HeaderLanguage;
import org.junit.jupiter.api.Test;

/**
 * A writer's {@link FormattedValues} formats each distinct repeated value once, gives the texts
 * {@link KindMapping#format} gives without it, stops remembering a column past its limit, and never remembers
 * the values of an integrator's types (which may be mutable).
 */
class FormattedValuesTest {

    private static final KindMapping EVENTS = KindMapping.of(RecordKind.EVENTS);

    private static Event event(int i, Map<String, String> attributes, BigDecimal quantity) {
        return new Event("E" + i, "meeting.attended", "P1", Instant.ofEpochSecond(1_700_000_000L + i), quantity,
                Optional.empty(), attributes);
    }

    @Test
    void equalMapsAndDecimalsShareOneTextThatIsTheTextOfFormat() {
        FormattedValues seen = new FormattedValues(EVENTS);
        int attributes = EVENTS.columnOfComponent("attributes");
        int quantity = EVENTS.columnOfComponent("quantity");
        assertThat(seen.remembers(attributes)).isTrue();
        assertThat(seen.remembers(quantity)).isTrue();
        assertThat(seen.remembers(EVENTS.columnOfComponent("time"))).as("times rarely repeat").isFalse();
        assertThat(seen.remembers(EVENTS.columnOfComponent("id"))).as("text needs no formatting").isFalse();

        Event first = event(1, Map.of("b", "2;x", "a", "1=y"), new BigDecimal("1.50"));
        // An equal map built apart, and a decimal of the same value but another scale (another text).
        Event second = event(2, new HashMap<>(Map.of("a", "1=y", "b", "2;x")), new BigDecimal("1.5"));
        String[] a = EVENTS.format(first, HeaderLanguage.CHINESE, true, seen);
        String[] b = EVENTS.format(second, HeaderLanguage.CHINESE, true, seen);

        assertThat(a[attributes]).isEqualTo("a=1\\=y;b=2\\;x").isSameAs(b[attributes]);
        assertThat(a[quantity]).isEqualTo("1.50");
        assertThat(b[quantity]).isEqualTo("1.5");
        assertThat(a).containsExactly(EVENTS.format(first, HeaderLanguage.CHINESE, true));
        assertThat(b).containsExactly(EVENTS.format(second, HeaderLanguage.CHINESE, true));
    }

    @Test
    void aColumnOfMoreDistinctValuesThanTheLimitIsNoLongerRememberedButStillFormatted() {
        FormattedValues seen = new FormattedValues(EVENTS);
        int attributes = EVENTS.columnOfComponent("attributes");
        for (int i = 0; i <= FormattedValues.LIMIT; i++) {
            Event e = event(i, Map.of("n", Integer.toString(i)), BigDecimal.ONE);
            assertThat(EVENTS.format(e, HeaderLanguage.ENGLISH, false, seen)[attributes]).isEqualTo("n=" + i);
        }
        assertThat(seen.remembers(attributes)).isFalse();
        assertThat(seen.remembers(EVENTS.columnOfComponent("quantity"))).isTrue();
        Event later = event(5000, Map.of("n", "later"), BigDecimal.ONE);
        assertThat(EVENTS.format(later, HeaderLanguage.ENGLISH, false, seen)[attributes]).isEqualTo("n=later");
    }

    /** An integrator's record holding a map it may change between rows. */
    record Tagged(String id, Map<String, String> tags) {
    }

    @Test
    void theValuesOfAnIntegratorsTypeAreFormattedOnEveryRow() {
        KindMapping tagged = KindMapping.custom(Tagged.class, "tagged", "标签", java.util.List.of(
                new KindMapping.ColumnSpec("id", "编号", java.util.List.of(), true, null, null),
                new KindMapping.ColumnSpec("tags", "标签", java.util.List.of(), false, null, null)));
        FormattedValues seen = new FormattedValues(tagged);
        Map<String, String> tags = new HashMap<>(Map.of("k", "1"));
        Tagged row = new Tagged("t1", tags);
        assertThat(tagged.format(row, HeaderLanguage.ENGLISH, false, seen)[1]).isEqualTo("k=1");
        tags.put("k", "2");
        assertThat(tagged.format(row, HeaderLanguage.ENGLISH, false, seen)[1]).isEqualTo("k=2");
        assertThat(seen.remembers(1)).isFalse();
    }
}
