package org.jiceng.io.geojson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.jiceng.io.geojson.internal.JsonDocumentException.Fault;
import org.jspecify.annotations.Nullable;

/**
 * Streams a JSON document of the shape {@code {"a": [{...}, ...], "b": [...], "other": ...}}: each
 * element of a collection array is read as one tree (one row in memory at a time), other members are
 * shown to the handler or skipped. Used by GeoJSON ({@code features}) and Popolo ({@code persons},
 * {@code organizations}...). Not API.
 */
public final class CollectionsReader {

    /** What a format does with the members of the top-level object. */
    public interface Handler {
        /**
         * @param field a top-level member name
         * @return true when its value is an array of rows
         */
        boolean isCollection(String field);

        /**
         * Sees a top-level member that is not a collection; the parser is on its value token. The
         * handler may read it; whatever it leaves is skipped.
         *
         * @param field member name
         * @param parser positioned on the value
         * @throws IOException when reading fails
         */
        void member(String field, JsonParser parser) throws IOException;

        /**
         * @param row one element of a collection
         * @return false to stop reading
         */
        boolean row(JsonRow row);

        /** Called after the top-level object was read completely (not when reading stopped early). */
        void end();
    }

    private final long maxRows;
    private final long maxRowBytes;
    private final ObjectMapper mapper;

    /**
     * @param maxRows the most rows (over all collections) before the document is refused
     * @param maxRowBytes the most bytes of one row
     * @param maxDepth the deepest nesting accepted
     */
    public CollectionsReader(long maxRows, long maxRowBytes, int maxDepth) {
        this.maxRows = maxRows;
        this.maxRowBytes = maxRowBytes;
        this.mapper = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
                .build());
    }

    /**
     * @param in the document, UTF-8 (or UTF-16/32 with detection); not closed
     * @param format the format name for messages, e.g. {@code GeoJSON}
     * @param handler the format
     * @throws JsonDocumentException for every fault of the document as a whole
     */
    public void read(InputStream in, String format, Handler handler) {
        read(in, format, null, handler);
    }

    /**
     * Like {@link #read(InputStream, String, Handler)}, but a document that is a top-level array is
     * also accepted and read as the collection {@code topLevelSection} (Open311 responses are arrays).
     *
     * @param in the document; not closed
     * @param format the format name for messages
     * @param topLevelSection the collection name of a top-level array, or null to refuse arrays
     * @param handler the format
     * @throws JsonDocumentException for every fault of the document as a whole
     */
    public void read(InputStream in, String format, @Nullable String topLevelSection, Handler handler) {
        BoundedInput bounded = new BoundedInput(in, maxRowBytes);
        JsonParser parser = null;
        String where = "";
        try {
            parser = mapper.getFactory().createParser(bounded);
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            JsonToken first = parser.nextToken();
            long[] rows = {0};
            if (first == JsonToken.START_ARRAY && topLevelSection != null) {
                where = "";
                if (readRows(parser, bounded, topLevelSection, rows, handler)) {
                    if (parser.nextToken() != null) {
                        throw new JsonDocumentException(Fault.SYNTAX, "", line(parser), "json-syntax",
                                format + " 文档之后还有多余内容", "trailing content after the " + format + " document", null);
                    }
                    handler.end();
                }
                return;
            }
            if (first != JsonToken.START_OBJECT) {
                throw shape(parser, "", format + " 文档必须是 JSON " + (topLevelSection == null ? "对象" : "对象或数组"),
                        "a " + format + " document must be a JSON " + (topLevelSection == null ? "object" : "object or array"));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                where = JsonPointers.child("", field);
                if (!handler.isCollection(field)) {
                    handler.member(field, parser);
                    parser.skipChildren();
                    continue;
                }
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw shape(parser, where, field + " 必须是数组", field + " must be an array");
                }
                where = JsonPointers.child("", field);
                if (!readRows(parser, bounded, field, rows, handler)) {
                    return;
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw shape(parser, where, "文档结构无法识别", "unrecognised document structure");
            }
            if (parser.nextToken() != null) {
                throw new JsonDocumentException(Fault.SYNTAX, "", line(parser), "json-syntax",
                        format + " 文档之后还有多余内容", "trailing content after the " + format + " document", null);
            }
            handler.end();
        } catch (BoundedInput.RowTooLong e) {
            throw new JsonDocumentException(Fault.LIMIT, where, line(parser), "max-row-bytes:" + maxRowBytes,
                    "JSON 对象超过 " + maxRowBytes + " 字节的长度上限（可调大 IoLimits.maxRowChars）",
                    "a JSON object is longer than " + maxRowBytes + " bytes (raise IoLimits.maxRowChars)", e);
        } catch (StreamConstraintsException e) {
            throw new JsonDocumentException(Fault.LIMIT, where, line(parser), "json-limits",
                    "JSON 超出读取限制: " + e.getOriginalMessage(), "JSON exceeds a read limit: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new JsonDocumentException(Fault.SYNTAX, where, line(parser), "json-syntax",
                    "JSON 格式错误: " + e.getOriginalMessage(), "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new JsonDocumentException(Fault.IO, where, line(parser), "io", "读取失败: " + e.getMessage(),
                    "cannot read: " + e.getMessage(), e);
        } finally {
            release(parser);
        }
    }

    private static void release(@Nullable JsonParser parser) {
        if (parser == null) {
            return;
        }
        try {
            parser.close(); // returns buffers; the source itself is the caller's to close
        } catch (IOException e) {
            throw new JsonDocumentException(Fault.IO, "", 0, "io", "关闭解析器失败: " + e.getMessage(),
                    "cannot close the parser: " + e.getMessage(), e);
        }
    }

    /** Reads the rows of one collection array; returns false when the handler stopped. */
    private boolean readRows(JsonParser parser, BoundedInput bounded, String field, long[] rows, Handler handler)
            throws IOException {
        int index = 0;
        while (true) {
            bounded.startRow();
            if (parser.nextToken() == JsonToken.END_ARRAY) {
                bounded.endRow();
                return true;
            }
            String where = JsonPointers.child(JsonPointers.child("", field), index);
            if (++rows[0] > maxRows) {
                throw new JsonDocumentException(Fault.LIMIT, where, line(parser), "max-rows:" + maxRows,
                        "行（对象）数量超过上限 " + maxRows + "（可调大 IoLimits.maxRows）",
                        "more than " + maxRows + " rows (objects) (raise IoLimits.maxRows)", null);
            }
            long line = line(parser);
            JsonNode node;
            try {
                node = mapper.readTree(parser);
            } catch (BoundedInput.RowTooLong e) {
                throw new JsonDocumentException(Fault.LIMIT, where, line, "max-row-bytes:" + maxRowBytes,
                        "JSON 对象超过 " + maxRowBytes + " 字节的长度上限（可调大 IoLimits.maxRowChars）",
                        "a JSON object is longer than " + maxRowBytes + " bytes (raise IoLimits.maxRowChars)", e);
            }
            bounded.endRow();
            if (!handler.row(new JsonRow(field, index++, line, node))) {
                return false;
            }
        }
    }

    private static JsonDocumentException shape(JsonParser parser, String pointer, String zh, String en) {
        return new JsonDocumentException(Fault.SHAPE, pointer, line(parser), "shape", zh, en, null);
    }

    private static long line(@Nullable JsonParser parser) {
        if (parser == null) {
            return 0;
        }
        int line = parser.currentTokenLocation().getLineNr();
        return Math.max(line, 0);
    }
}
