package org.jiceng.io.geojson.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One row of a JSON import: an object of a top-level collection. Not API.
 *
 * @param section the collection it belongs to, e.g. {@code features} or {@code persons}
 * @param index its 0-based index in that collection
 * @param line the 1-based line where it starts, 0 when unknown
 * @param node the object as read
 */
public record JsonRow(String section, int index, long line, JsonNode node) {

    /** @return its JSON pointer (RFC 6901), e.g. {@code /features/3} */
    public String pointer() {
        return JsonPointers.child(JsonPointers.child("", section), index);
    }
}
