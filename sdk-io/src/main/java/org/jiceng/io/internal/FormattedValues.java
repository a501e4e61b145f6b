package org.jiceng.io.internal;

import java.util.HashMap;
import org.jspecify.annotations.Nullable;

/**
 * The cell texts one writer has made, per column, of values that repeat (attribute maps, lists, decimals, dates;
 * see {@link Codec#formatsEqualValuesAlike()}), so that each distinct value is formatted once per export instead
 * of once per row. Only the columns of the SDK's own record kinds are remembered: their maps, lists and sets are
 * immutable copies, so a value cannot change after its text was made. A column that shows more than
 * {@value #LIMIT} distinct values is no longer remembered (its memory is freed), which bounds the memory per
 * writer. Not thread-safe: one per writer. Not API.
 */
public final class FormattedValues {

    /** The most distinct values remembered per column. */
    static final int LIMIT = 1024;

    /** Per column: value to text, or {@code null} when the column is not remembered. */
    private final @Nullable HashMap<Object, String>[] texts;

    /**
     * @param mapping the columns of the writer's rows
     */
    @SuppressWarnings("unchecked")
    public FormattedValues(KindMapping mapping) {
        texts = new HashMap[mapping.columns().size()];
        if (mapping.isCustom()) {
            // An integrator's type may hold mutable maps and lists: its values are formatted on every row.
            return;
        }
        for (KindMapping.Column c : mapping.columns()) {
            if (c.codec().formatsEqualValuesAlike() && c.masker() == null) {
                texts[c.index()] = new HashMap<>();
            }
        }
    }

    /**
     * @param column a column index
     * @return whether the column's texts are remembered
     */
    boolean remembers(int column) {
        return texts[column] != null;
    }

    /**
     * The text of a value, formatted by the column's codec unless seen before.
     *
     * @param column a column the texts of which are {@linkplain #remembers remembered}
     * @param codec the column's codec
     * @param value a non-null value
     * @param language the writer's language (one per writer)
     * @return the text
     */
    String text(int column, Codec codec, Object value, org.jiceng.io.HeaderLanguage language) {
        HashMap<Object, String> seen = texts[column];
        if (seen == null) {
            return codec.format(value, language);
        }
        String text = seen.get(value);
        if (text == null) {
            text = codec.format(value, language);
            if (seen.size() < LIMIT) {
                seen.put(value, text);
            } else {
                texts[column] = null;
            }
        }
        return text;
    }
}
