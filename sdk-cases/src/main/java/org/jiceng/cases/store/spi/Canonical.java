package org.jiceng.cases.store.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An unambiguous text encoding of a sequence of fields: a present value is written as
 * {@code <length>:<value>;} (length in UTF-16 units), an absent one as {@code -;}. No value can be
 * mistaken for another or for a field boundary, so the encoding of two different sequences differs.
 */
public final class Canonical {

    private final StringBuilder text = new StringBuilder(128);

    /**
     * @param value a value
     * @return this
     */
    public Canonical add(String value) {
        text.append(value.length()).append(':').append(value).append(';');
        return this;
    }

    /**
     * @param value a value
     * @return this
     */
    public Canonical add(long value) {
        return add(Long.toString(value));
    }

    /**
     * Adds a value that may be absent: null is written as {@code -;}, anything else as {@link #add(String)}
     * does.
     *
     * @param value a value, or null when absent
     * @return this
     */
    public Canonical addNullable(@Nullable String value) {
        if (value != null) {
            return add(value);
        }
        text.append("-;");
        return this;
    }

    /**
     * @param values a list, written as its size and then its items
     * @return this
     */
    public Canonical addAll(List<String> values) {
        add(values.size());
        values.forEach(this::add);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /**
     * @param values a list of strings
     * @return the list encoded on its own (used to store department lists in one column)
     */
    public static String encodeList(List<String> values) {
        return new Canonical().addAll(values).toString();
    }

    /**
     * Decodes {@link #encodeList}.
     *
     * @param text encoded text
     * @return the list
     * @throws IllegalArgumentException when the text is not such an encoding
     */
    public static List<String> decodeList(String text) {
        Reader r = new Reader(text);
        int n = Integer.parseInt(r.next().orElseThrow(() -> new IllegalArgumentException("no list size in " + text)));
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(r.next().orElseThrow(() -> new IllegalArgumentException("absent list item in " + text)));
        }
        if (!r.atEnd()) {
            throw new IllegalArgumentException("trailing text after a list of " + n + " in " + text);
        }
        return List.copyOf(out);
    }

    /** Reads fields back from an encoding. */
    public static final class Reader {
        private final String text;
        private int pos;

        /** @param text the encoding */
        public Reader(String text) {
            this.text = text;
        }

        /**
         * @return the next field, empty when it was absent
         * @throws IllegalArgumentException when the text is malformed or exhausted
         */
        public Optional<String> next() {
            if (text.startsWith("-;", pos)) {
                pos += 2;
                return Optional.empty();
            }
            int colon = text.indexOf(':', pos);
            if (colon < 0) {
                throw new IllegalArgumentException("malformed canonical text at offset " + pos);
            }
            int length;
            try {
                length = Integer.parseInt(text.substring(pos, colon));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("malformed length at offset " + pos + ": " + e.getMessage(), e);
            }
            int end = colon + 1 + length;
            if (length < 0 || end >= text.length() || text.charAt(end) != ';') {
                throw new IllegalArgumentException("field at offset " + pos + " does not end where its length says");
            }
            String value = text.substring(colon + 1, end);
            pos = end + 1;
            return Optional.of(value);
        }

        /** @return true when every field was read */
        public boolean atEnd() {
            return pos == text.length();
        }
    }
}
