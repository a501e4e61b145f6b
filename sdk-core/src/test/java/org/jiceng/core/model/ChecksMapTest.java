package org.jiceng.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Checks#map} keeps maps of {@code Map.of} as they are and checks and copies every other map. */
class ChecksMapTest {

    @Test
    void anImmutableMapOfMapOfIsKeptAsItIs() {
        Map<String, String> one = Map.of("meeting", "党课");
        Map<String, String> two = Map.of("indicator", "a", "category", "b");
        assertThat(Checks.map(one, "attributes")).isSameAs(one);
        assertThat(Checks.map(two, "attributes")).isSameAs(two);
        assertThat(Checks.map(Map.<String, String>of(), "attributes")).isEmpty();
    }

    @Test
    void aMutableMapIsCopiedSoThatLaterChangesDoNotReachTheRecord() {
        Map<String, String> mutable = new LinkedHashMap<>();
        mutable.put("k", "v");
        Map<String, String> kept = Checks.map(mutable, "attributes");
        mutable.put("k2", "v2");
        assertThat(kept).containsExactly(Map.entry("k", "v"));
        assertThatThrownBy(() -> kept.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNullKeyOrValueOfAMutableMapIsRejectedNamingTheComponent() {
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("k", null);
        assertThatThrownBy(() -> Checks.map(nullValue, "attributes")).isInstanceOf(NullPointerException.class)
                .hasMessage("attributes value must not be null");
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "v");
        assertThatThrownBy(() -> Checks.map(nullKey, "attributes")).isInstanceOf(NullPointerException.class)
                .hasMessage("attributes key must not be null");
    }
}
