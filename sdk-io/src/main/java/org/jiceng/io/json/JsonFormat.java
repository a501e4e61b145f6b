package org.jiceng.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.IoLimits;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.geojson.GeoJsonFormatProvider;
import org.jiceng.io.internal.JsonObjects;
import org.jiceng.io.internal.TextDecoding;
import org.jiceng.io.popolo.PopoloFormatProvider;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.SourceRow;
import org.jspecify.annotations.Nullable;

/**
 * JSON ({@code json}), read and written with Jackson's streaming API. Two shapes are read:
 * <ul>
 *   <li>an array of flat record objects of one kind ({@code [{"id": "p1", "name": "张三"}, ...]}), the kind
 *       taken from {@link ImportOptions#kind()}, the file name, an {@code @kind} key or the keys;</li>
 *   <li>a dataset document: an object with one array per kind, keyed by the kind's English key or Chinese
 *       label ({@code {"persons": [...], "党员": [...]}}); keys starting with {@code @} or {@code $} are
 *       metadata and skipped; any other key is an error.</li>
 * </ul>
 * Export writes a dataset document with English keys, one record per line, integers as numbers and
 * absent values omitted.
 */
public final class JsonFormat implements FormatProvider {

    /** The format name. */
    public static final String NAME = "json";

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public JsonFormat() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("json");
    }

    @Override
    public boolean multiKind() {
        return true;
    }

    /**
     * Reads the file as what its content is ({@link JsonShape}): a GeoJSON FeatureCollection through the
     * {@code geojson} format, a Popolo document through the {@code popolo} format, the SDK's records here.
     * Open311 service requests are cases, not dataset records: they are refused with the call that reads
     * them. The content is looked at once, in a bounded prefix, and the file is read once. When the content
     * decides nothing (or is not JSON), a document error says which readings were tried.
     */
    @Override
    public void read(ImportSource source, ImportOptions options, ReadSink sink) {
        String name = source.name();
        JsonShape.Sniffed sniffed;
        try (InputStream raw = source.open()) {
            BufferedInputStream in = new BufferedInputStream(raw);
            in.mark(JsonShape.PREFIX_BYTES + 1);
            sniffed = JsonShape.sniff(in, name);
            in.reset();
            ImportSource rest = ImportSource.of(name, in);
            switch (sniffed.shape()) {
                case GEOJSON -> new GeoJsonFormatProvider().read(rest, options, sink);
                case POPOLO -> new PopoloFormatProvider().read(rest, options, sink);
                case OPEN311 -> throw new ImportException(ImportException.Kind.UNMAPPABLE, SourceLocation.of(name),
                        "holds Open311 GeoReport v2 service requests (an array of objects with service_request_id): "
                                + "they are cases, not dataset records; read them with Open311Json.readCases "
                                + "(CLI: import --open311)",
                        "内容是 Open311 GeoReport v2 服务请求（含 service_request_id 的对象数组），属于案件而非数据集记录；"
                                + "请用 Open311Json.readCases 读取（命令行：import --open311）", null);
                case RECORDS -> readRecords(name, in, source.stem(), options, sink, sniffed.fromContent());
            }
        } catch (IOException e) {
            throw JsonObjects.failure(e, SourceLocation.of(name));
        }
    }

    /** What {@link #read} tries on a {@code .json} file, for error messages. */
    private static final String TRIED_EN = "GeoJSON (a FeatureCollection), Popolo (persons, organizations, "
            + "memberships), Open311 (an array of service requests) and the SDK's JSON records";
    private static final String TRIED_ZH = "GeoJSON（FeatureCollection）、Popolo（persons、organizations、memberships）、"
            + "Open311（服务请求数组）和本 SDK 的 JSON 记录";

    private static void readRecords(String name, InputStream in, String stem, ImportOptions options, ReadSink sink,
            boolean fromContent) throws IOException {
        try {
            readRecords(name, in, stem, options, sink);
        } catch (ImportException e) {
            if (fromContent || e.kind() == ImportException.Kind.IO || e.kind() == ImportException.Kind.LIMIT_EXCEEDED) {
                throw e;
            }
            throw new ImportException(e.kind(), e.location(), e.messageEn() + "; tried " + TRIED_EN,
                    e.messageZh() + "；已尝试 " + TRIED_ZH, e);
        }
    }

    private static void readRecords(String name, InputStream in, String stem, ImportOptions options, ReadSink sink)
            throws IOException {
        JsonObjects objects = new JsonObjects(options, name);
        JsonParser parser = null;
        try {
            TextDecoding.Decoded text = TextDecoding.open(in, options.charset().orElse(null));
            sink.encoding(text.charset());
            if (text.ambiguous()) {
                sink.warn(org.jiceng.io.report.ImportWarning.ambiguousEncoding(name));
            }
            parser = JsonObjects.factory(options.limits()).createParser(new EncodingReporter(text, sink));
            JsonToken first = parser.nextToken();
            if (first == null) {
                return;
            }
            if (first == JsonToken.START_ARRAY) {
                Optional<RecordKind> kind = options.kind().or(() -> RecordKind.fromName(stem));
                if (readArray(parser, objects, kind, Optional.of(stem), Optional.empty(), name, sink)) {
                    expectEnd(parser, name);
                }
                return;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ImportException(ImportException.Kind.MALFORMED, here(parser, name, Optional.empty()),
                        "expected a JSON array of records or a dataset object, found " + first,
                        "应为记录数组或数据集对象，实际为 " + first, null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.startsWith("@") || key.startsWith("$")) {
                    parser.skipChildren();
                    continue;
                }
                Optional<RecordKind> kind = RecordKind.fromName(key);
                if (options.mapping().isPresent() && JsonObjects.namesMapping(options, key)) {
                    kind = Optional.empty();
                } else if (kind.isEmpty()) {
                    throw new ImportException(ImportException.Kind.UNMAPPABLE, here(parser, name, Optional.of(key)),
                            "unknown dataset section '" + key + "'; expected record kinds such as persons, areas, "
                                    + "partyMembers (or their Chinese labels)",
                            "未知的数据集分区「" + key + "」，应为 persons、areas 等记录类型或其中文名", null);
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new ImportException(ImportException.Kind.MALFORMED, here(parser, name, Optional.of(key)),
                            "section '" + key + "' must be an array of records, found " + value,
                            "分区「" + key + "」应为记录数组，实际为 " + value, null);
                }
                if (!readArray(parser, objects, kind, Optional.of(key), Optional.of(key), name, sink)) {
                    return;
                }
            }
            expectEnd(parser, name);
        } catch (IOException e) {
            throw JsonObjects.failure(e, parser == null ? SourceLocation.of(name) : here(parser, name, Optional.empty()));
        }
    }

    /** Tells the sink the charset once the text is read to its end (detection may switch on the way). */
    private static final class EncodingReporter extends java.io.FilterReader {
        private final TextDecoding.Decoded text;
        private final ReadSink sink;

        EncodingReporter(TextDecoding.Decoded text, ReadSink sink) {
            super(text.reader());
            this.text = text;
            this.sink = sink;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            if (n < 0) {
                sink.encoding(text.charset());
            }
            return n;
        }
    }

    private static boolean readArray(JsonParser parser, JsonObjects objects, Optional<RecordKind> kind,
            Optional<String> nameHint, Optional<String> section, String name, ReadSink sink) throws IOException {
        long index = 0;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new ImportException(ImportException.Kind.MALFORMED, here(parser, name, section),
                        "unexpected end of JSON inside an array", "JSON 在数组中意外结束", null);
            }
            index++;
            SourceLocation at = new SourceLocation(name, section, parser.currentTokenLocation().getLineNr(), index);
            if (t != JsonToken.START_OBJECT) {
                parser.skipChildren();
                boolean go = sink.reject(SourceRow.at(at), List.of(new RowError(at, Optional.empty(), Optional.empty(),
                        "syntax", "数组元素应为对象，实际为 " + t, "array element must be an object, found " + t)));
                if (!go) {
                    return false;
                }
                continue;
            }
            if (!objects.emit(parser, kind.orElse(null), nameHint.orElse(null), at, sink)) {
                return false;
            }
        }
        return true;
    }

    private static void expectEnd(JsonParser parser, String name) throws IOException {
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new ImportException(ImportException.Kind.MALFORMED, here(parser, name, Optional.empty()),
                    "unexpected content after the end of the JSON document: " + trailing,
                    "JSON 文档结束后还有多余内容：" + trailing, null);
        }
    }

    private static SourceLocation here(JsonParser parser, String name, Optional<String> section) {
        long line = Math.max(0, parser.currentLocation().getLineNr());
        return new SourceLocation(name, section, line, 0);
    }

    @Override
    public FormatWriter openWriter(OutputStream out, ExportOptions options) throws IOException {
        return new DocumentWriter(out, options);
    }

    /** Writes a dataset document, one section per kind. */
    private static final class DocumentWriter implements FormatWriter {
        private final JsonGenerator generator;
        private final JsonRecordWriter records;
        /** The record class of the open section; kinds and a table mapping's type each have one class. */
        private @Nullable Class<?> current;
        private final java.util.Set<Class<?>> written = new java.util.HashSet<>();

        DocumentWriter(OutputStream out, ExportOptions options) throws IOException {
            JsonFactory factory = JsonObjects.factory(IoLimits.defaults());
            generator = factory.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setPrettyPrinter(new LinePrettyPrinter());
            generator.writeStartObject();
            records = new JsonRecordWriter(options);
        }

        @Override
        public void write(Record record) throws IOException {
            Class<?> type = record.getClass();
            if (type != current) {
                String key = records.columnsOf(record).key();
                if (written.contains(type)) {
                    throw new IllegalArgumentException("Records of " + key + " must arrive together; "
                            + "a JSON dataset document has one section per kind");
                }
                if (current != null) {
                    generator.writeEndArray();
                }
                generator.writeFieldName(key);
                generator.writeStartArray();
                current = type;
                written.add(type);
            }
            records.write(generator, record, false);
        }

        @Override
        public void close() throws IOException {
            if (current != null) {
                generator.writeEndArray();
            }
            generator.writeEndObject();
            generator.writeRaw('\n');
            generator.flush();
        }
    }

    /** Puts every array element on its own line, without further indentation. */
    static final class LinePrettyPrinter extends com.fasterxml.jackson.core.util.MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues > 0) {
                g.writeRaw('\n');
            }
            g.writeRaw(']');
        }

    }
}
