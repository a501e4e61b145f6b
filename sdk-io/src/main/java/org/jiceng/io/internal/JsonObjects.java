package org.jiceng.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.IoLimits;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.SourceRow;
import org.jiceng.io.spi.TableHeader;
import org.jspecify.annotations.Nullable;

/**
 * Reads flat JSON objects (one record each) and hands them to a {@link TableHeader}, so JSON shares the
 * mapping layer of the tabular formats. Scalars become cell text; an array of scalars becomes a
 * {@code ;}-list and an object of scalars a {@code k=v;} map. The key {@code @kind} names the record kind.
 */
public final class JsonObjects {

    /** The key that names an object's record kind. */
    public static final String KIND_KEY = "@kind";

    private final ImportOptions options;
    private final String source;
    private final Map<List<String>, TableHeader> headers = new HashMap<>();
    private final java.util.Set<String> reportedColumns = new java.util.HashSet<>();

    private static final int MAX_REPORTED_KEYS = 1024;

    /** A sink for column notices that are not to be reported again. */
    private static final ReadSink NOTHING = new ReadSink() {
        @Override
        public boolean accept(Record record, SourceRow row) {
            return true;
        }

        @Override
        public boolean reject(SourceRow row, List<RowError> errors) {
            return true;
        }
    };

    /**
     * @param options import options
     * @param source source name
     */
    public JsonObjects(ImportOptions options, String source) {
        this.options = options;
        this.source = source;
    }

    /**
     * @param limits limits to enforce
     * @return a Jackson factory with nesting, string and duplicate-key guards
     */
    public static JsonFactory factory(IoLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonDepth())
                        .maxStringLength(Math.max(limits.maxCellChars(), 1))
                        .maxNumberLength(1000)
                        .maxNameLength(Math.min(limits.maxCellChars(), 50_000))
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Reads the object the parser is positioned at (its START_OBJECT) and emits it.
     *
     * @param parser a parser at START_OBJECT
     * @param kindHint the kind from the section name, file name or options; {@code null} when none says it
     * @param nameHint name for kind detection messages, or {@code null}
     * @param location where the object is
     * @param sink receives the record or rejection
     * @return what the sink returned
     * @throws IOException when parsing fails
     */
    public boolean emit(JsonParser parser, @Nullable RecordKind kindHint, @Nullable String nameHint,
            SourceLocation location, ReadSink sink) throws IOException {
        long start = offset(parser);
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        String kindName = null;
        String problemKey = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken t = parser.nextToken();
            String value = valueText(parser, t, start, location);
            if (value == null) {
                problemKey = problemKey == null ? key : problemKey;
            }
            checkSize(parser, start, location);
            if (KIND_KEY.equals(key)) {
                kindName = value;
                continue;
            }
            if (keys.size() >= options.limits().maxFields()) {
                throw new ImportException(ImportException.Kind.LIMIT_EXCEEDED, location,
                        "more than " + options.limits().maxFields() + " keys in one object (IoLimits.maxFields)",
                        "对象键数超过上限 " + options.limits().maxFields() + "（IoLimits.maxFields）", null);
            }
            keys.add(key);
            values.add(value);
        }
        if (problemKey != null) {
            return sink.reject(SourceRow.at(location), List.of(new RowError(location, Optional.of(problemKey),
                    Optional.empty(), "format", "键「" + problemKey + "」的值嵌套过深，只支持文本、数字、文本数组或简单对象",
                    "value of key '" + problemKey + "' is nested too deeply; only scalars, arrays of scalars "
                            + "and objects of scalars are supported")));
        }
        Optional<RecordKind> kind = Optional.ofNullable(kindHint);
        if (kindName != null && options.mapping().isPresent()) {
            if (!namesMapping(options, kindName)) {
                return sink.reject(SourceRow.at(location), List.of(new RowError(location, Optional.of(KIND_KEY),
                        Optional.of(kindName), "format", "记录类型「" + kindName + "」不是「"
                                + options.mapping().get().label() + "」", "record kind '" + kindName + "' is not '"
                                + options.mapping().get().key() + "'")));
            }
        } else if (kindName != null) {
            kind = RecordKind.fromName(kindName);
            if (kind.isEmpty()) {
                return sink.reject(SourceRow.at(location), List.of(new RowError(location, Optional.of(KIND_KEY),
                        Optional.of(kindName), "format", "未知的记录类型「" + kindName + "」",
                        "unknown record kind '" + kindName + "'")));
            }
        }
        TableHeader header = header(keys, kind, nameHint, location, sink);
        return header.emit(values.toArray(String[]::new), values.size(), location, sink);
    }

    /**
     * @param options options with a table mapping
     * @param name a section name or {@code @kind} value
     * @return whether it names the mapping's table (its key or label)
     */
    public static boolean namesMapping(ImportOptions options, String name) {
        String wanted = KindMapping.normalise(name);
        return options.mapping().map(m -> KindMapping.normalise(m.key()).equals(wanted)
                || KindMapping.normalise(m.label()).equals(wanted)).orElse(false);
    }

    private TableHeader header(List<String> keys, Optional<RecordKind> kind, @Nullable String nameHint,
            SourceLocation location, ReadSink sink) {
        List<String> cacheKey = new ArrayList<>(keys.size() + 1);
        cacheKey.add(kind.map(Enum::name).orElse(""));
        cacheKey.addAll(keys);
        TableHeader cached = headers.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        ImportOptions withKind = kind.map(options::withKind).orElse(options);
        TableHeader bound = TableHeader.resolve(keys, nameHint, withKind, location, false, false);
        // Each unknown key is reported once per source; past 1,024 of them (hostile input) one notice says so.
        if (reportedColumns.size() < MAX_REPORTED_KEYS) {
            bound.reportColumns(sink, location, reportedColumns);
        } else {
            bound.reportColumns(NOTHING, location, new java.util.HashSet<>());
            if (reportedColumns.add("")) {
                sink.warn(new org.jiceng.io.report.ImportWarning(location, Optional.empty(), Optional.empty(),
                        Optional.empty(), org.jiceng.io.report.ImportWarning.COLUMN_IGNORED,
                        "未对应字段的键超过 " + MAX_REPORTED_KEYS + " 个，其余不再逐一列出",
                        "more than " + MAX_REPORTED_KEYS + " keys match no field; further ones are not listed"));
            }
        }
        if (headers.size() < 256) {
            headers.put(cacheKey, bound);
        }
        return bound;
    }

    /**
     * Fails once the object read so far is longer than {@link IoLimits#maxRowChars()}; called after
     * every value and inside arrays and objects, so a field holding a huge array is stopped while it is
     * read instead of after it was concatenated.
     */
    private void checkSize(JsonParser parser, long start, SourceLocation location) {
        if (offset(parser) - start > options.limits().maxRowChars()) {
            throw new ImportException(ImportException.Kind.LIMIT_EXCEEDED, location,
                    "JSON object is longer than " + options.limits().maxRowChars() + " characters (IoLimits.maxRowChars)",
                    "JSON 对象长度超过上限 " + options.limits().maxRowChars() + "（IoLimits.maxRowChars）", null);
        }
    }

    private static long offset(JsonParser parser) {
        long chars = parser.currentLocation().getCharOffset();
        return chars >= 0 ? chars : parser.currentLocation().getByteOffset();
    }

    /** Converts a scalar, an array of scalars or an object of scalars to cell text; null otherwise. */
    private @Nullable String valueText(JsonParser parser, JsonToken t, long start, SourceLocation location)
            throws IOException {
        if (t == null) {
            return null;
        }
        switch (t) {
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return parser.getText();
            case VALUE_NULL:
                return "";
            case START_ARRAY: {
                // Consume the whole array even when it is unusable, so the parser stays in step.
                StringBuilder s = new StringBuilder();
                boolean usable = true;
                boolean first = true;
                JsonToken e;
                while ((e = parser.nextToken()) != JsonToken.END_ARRAY) {
                    checkSize(parser, start, location);
                    if (e == null) {
                        return null;
                    }
                    if (!e.isScalarValue() || e == JsonToken.VALUE_NULL) {
                        parser.skipChildren();
                        usable = false;
                        continue;
                    }
                    if (!first) {
                        s.append(';');
                    }
                    first = false;
                    Escapes.append(s, parser.getText(), ";");
                }
                return usable ? s.toString() : null;
            }
            case START_OBJECT: {
                StringBuilder s = new StringBuilder();
                boolean usable = true;
                boolean first = true;
                JsonToken name;
                while ((name = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    checkSize(parser, start, location);
                    String key = parser.currentName();
                    JsonToken e = parser.nextToken();
                    if (e == null) {
                        return null;
                    }
                    if (!e.isScalarValue() || e == JsonToken.VALUE_NULL) {
                        parser.skipChildren();
                        usable = false;
                        continue;
                    }
                    if (!first) {
                        s.append(';');
                    }
                    first = false;
                    Escapes.append(s, key, ";=");
                    s.append('=');
                    Escapes.append(s, parser.getText(), ";=");
                }
                return usable && name == JsonToken.END_OBJECT ? s.toString() : null;
            }
            default:
                return null;
        }
    }

    /**
     * Maps a Jackson failure to the import exception.
     *
     * @param e the failure
     * @param location where
     * @return the exception to throw
     */
    public static ImportException failure(IOException e, SourceLocation location) {
        if (e instanceof StreamConstraintsException s) {
            return new ImportException(ImportException.Kind.LIMIT_EXCEEDED, location,
                    "JSON exceeds a limit: " + s.getOriginalMessage(), "JSON 超出限制：" + s.getOriginalMessage(), e);
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            return new ImportException(ImportException.Kind.MALFORMED, location,
                    "not well-formed JSON: " + j.getOriginalMessage(), "JSON 格式错误：" + j.getOriginalMessage(), e);
        }
        if (e instanceof TextDecoding.Undecodable u) {
            return new ImportException(ImportException.Kind.MALFORMED, location, u.getMessage(), u.messageZh(), e);
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return new ImportException(ImportException.Kind.MALFORMED, location,
                    "bytes are not valid text in the charset", "字节不是有效的文本编码", e);
        }
        return new ImportException(ImportException.Kind.IO, location, "cannot read: " + e.getMessage(),
                "无法读取：" + e.getMessage(), e);
    }
}
