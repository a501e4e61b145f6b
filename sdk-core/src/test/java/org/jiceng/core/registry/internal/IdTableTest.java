package org.jiceng.core.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IdTableTest {

    @Property
    void indexesAreInsertionOrderOfFirstOccurrences(
            @ForAll @Size(max = 300) List<@StringLength(max = 4) String> ids,
            @ForAll @IntRange(min = 0, max = 50) int expected) {
        IdTable table = new IdTable(expected); // a small expectation forces the table to grow
        Map<String, Integer> reference = new LinkedHashMap<>();
        for (String id : ids) {
            int added = table.add(id);
            Integer known = reference.putIfAbsent(id, reference.size());
            assertThat(added).isEqualTo(known == null ? reference.size() - 1 : -(known + 1));
        }
        reference.forEach((id, index) -> assertThat(table.indexOf(id)).isEqualTo(index));
        assertThat(table.size()).isEqualTo(reference.size());
        assertThat(table.indexOf("not-there-at-all")).isEqualTo(-1);
        assertThat(table.indexOf(null)).isEqualTo(-1);
    }

    @Test
    void handlesCollidingHashCodes() {
        // "Aa" and "BB" share a hash code, as do all their concatenations.
        List<String> colliding = new ArrayList<>();
        for (String a : new String[] {"Aa", "BB"}) {
            for (String b : new String[] {"Aa", "BB"}) {
                for (String c : new String[] {"Aa", "BB"}) {
                    colliding.add(a + b + c);
                }
            }
        }
        IdTable table = new IdTable(2);
        colliding.forEach(table::add);

        for (int i = 0; i < colliding.size(); i++) {
            assertThat(table.indexOf(colliding.get(i))).isEqualTo(i);
        }
    }

    @Test
    void groupsItemsByOwnerStably() {
        Csr csr = Csr.group(new int[] {2, -1, 0, 2, 0}, 4);

        assertThat(csr.itemsOf(0)).containsExactly(2, 4);
        assertThat(csr.itemsOf(1)).isEmpty();
        assertThat(csr.itemsOf(2)).containsExactly(0, 3);
        assertThat(csr.itemsOf(3)).isEmpty();
    }
}
