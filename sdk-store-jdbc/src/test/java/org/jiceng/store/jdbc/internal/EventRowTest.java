package org.jiceng.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.cases.store.spi.Canonical;
import org.jiceng.core.model.Event;
import org.junit.jupiter.api.Test;

/** A batch encodes each distinct attribute map once; the rows stay those of one row at a time. */
class EventRowTest {

    private static Event event(String id, Instant at, Map<String, String> attributes) {
        return new Event(id, "MEETING_ATTENDED", "p1", at, BigDecimal.ONE, Optional.of("C1"), attributes);
    }

    @Test
    void equalAttributeMapsOfABatchShareOneEncodingEqualToTheEncodingOfEachAlone() {
        Map<Map<String, String>, String> encodings = new HashMap<>();
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("z", "2");
        ordered.put("a", "1");
        EventRow first = EventRow.of(0, event("e1", Instant.EPOCH, Map.of("a", "1", "z", "2")), encodings);
        EventRow second = EventRow.of(1, event("e2", Instant.EPOCH, ordered), encodings);
        EventRow other = EventRow.of(2, event("e3", Instant.EPOCH, Map.of("meeting", "党课")), encodings);

        assertThat(second.attributes()).isSameAs(first.attributes())
                .isEqualTo(EventRow.of(1, event("e2", Instant.EPOCH, ordered)).attributes())
                .isEqualTo(Canonical.encodeList(List.of("a", "1", "z", "2")));
        assertThat(other.attributes()).isEqualTo(Canonical.encodeList(List.of("meeting", "党课")));
        assertThat(encodings).hasSize(2);
    }

    @Test
    void attributesWithAnUnpairedSurrogateAreRefusedForTheFirstEventThatHasThem() {
        Map<Map<String, String>, String> encodings = new HashMap<>();
        Map<String, String> broken = Map.of("note", "a\uD800b");
        assertThatThrownBy(() -> EventRow.of(0, event("e7", Instant.EPOCH, broken), encodings))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e7")
                .hasMessageContaining("attributes");
        assertThat(encodings).isEmpty();
    }
}
