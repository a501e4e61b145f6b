package org.jiceng.io.geojson.internal;

/**
 * One problem found in a JSON document, before it is turned into a row error of an import report.
 * Shared by the JSON-based formats (GeoJSON, Popolo, Open311). Not API.
 *
 * @param pointer JSON pointer (RFC 6901) of the rejected object, e.g. {@code /features/3}
 * @param field the member inside that object, relative pointer without leading slash, e.g.
 *     {@code properties/level}; empty when the whole object is at fault
 * @param rawValue the offending value as JSON text, empty when absent
 * @param constraint the rule that was broken, e.g. {@code required}, {@code type:string}
 * @param messageZh the message in Simplified Chinese
 * @param messageEn the message in English
 */
public record JsonProblem(String pointer, String field, String rawValue, String constraint, String messageZh,
        String messageEn) {
}
