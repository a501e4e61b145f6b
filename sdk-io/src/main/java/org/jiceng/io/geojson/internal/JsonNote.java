package org.jiceng.io.geojson.internal;

/**
 * What a JSON reader did to a value it then accepted (a repair, a derived id, a partial date read as a
 * day), before it becomes a warning of the import report. Not API.
 *
 * @param field the member inside the row object, e.g. {@code geometry} or {@code start_date}
 * @param before the value as read (short text)
 * @param after the value kept (short text)
 * @param rule a stable code of what was done, e.g. {@code geometry:repaired}
 * @param messageZh the message in Simplified Chinese
 * @param messageEn the message in English
 */
public record JsonNote(String field, String before, String after, String rule, String messageZh,
        String messageEn) {
}
