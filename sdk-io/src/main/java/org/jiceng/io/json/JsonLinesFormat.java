package org.jiceng.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.IoLimits;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.internal.BoundedLineReader;
import org.jiceng.io.internal.JsonObjects;
import org.jiceng.io.internal.TextDecoding;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.SourceRow;
import org.jspecify.annotations.Nullable;

/**
 * JSON Lines ({@code jsonl}, {@code ndjson}): one flat record object per line. Each line may name its
 * kind with {@code "@kind": "persons"}, so one file can hold several kinds; otherwise the kind comes from
 * {@link ImportOptions#kind()}, the file name or the keys. A line that is not valid JSON rejects only
 * that row (constraint {@code syntax}); the import goes on with the next line. Blank lines are skipped.
 * Export writes {@code @kind} on every line.
 */
public final class JsonLinesFormat implements FormatProvider {

    /** The format name. */
    public static final String NAME = "jsonl";

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public JsonLinesFormat() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("jsonl", "ndjson");
    }

    @Override
    public boolean multiKind() {
        return true;
    }

    @Override
    public void read(ImportSource source, ImportOptions options, ReadSink sink) {
        String name = source.name();
        JsonObjects objects = new JsonObjects(options, name);
        JsonFactory factory = JsonObjects.factory(options.limits());
        Optional<RecordKind> kind = options.kind().or(() -> RecordKind.fromName(source.stem()));
        BoundedLineReader lines = null;
        try (InputStream in = source.open()) {
            TextDecoding.Decoded text = TextDecoding.open(in, options.charset().orElse(null));
            sink.encoding(text.charset());
            if (text.ambiguous()) {
                sink.warn(org.jiceng.io.report.ImportWarning.ambiguousEncoding(name));
            }
            lines = new BoundedLineReader(text.reader(), options.limits().maxRowChars(), name);
            long row = 0;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                row++;
                SourceLocation at = SourceLocation.line(name, lines.lineNumber(), row);
                if (!readLine(factory, objects, line, kind, source.stem(), at, sink)) {
                    long rest = 0;
                    while ((line = lines.readLine()) != null) {
                        rest += line.isBlank() ? 0 : 1;
                    }
                    sink.notRead(rest);
                    break;
                }
            }
            sink.encoding(text.charset());
        } catch (IOException e) {
            throw JsonObjects.failure(e, lines == null ? SourceLocation.of(name)
                    : SourceLocation.line(name, lines.lineNumber() + 1, 0));
        }
    }

    private static boolean readLine(JsonFactory factory, JsonObjects objects, String line, Optional<RecordKind> kind,
            String stem, SourceLocation at, ReadSink sink) throws IOException {
        try (JsonParser parser = factory.createParser(line)) {
            JsonToken t = parser.nextToken();
            if (t != JsonToken.START_OBJECT) {
                return syntax(sink, at, line, "该行应为一个 JSON 对象", "line must hold one JSON object");
            }
            // Parse fully first so that a syntax error is reported before the row is counted as read.
            RowBuffer buffer = new RowBuffer(sink);
            objects.emit(parser, kind.orElse(null), stem, at, buffer);
            if (parser.nextToken() != null) {
                return syntax(sink, at, line, "JSON 对象后有多余内容", "unexpected content after the JSON object");
            }
            return buffer.replay(sink);
        } catch (StreamConstraintsException e) {
            throw e;
        } catch (JsonProcessingException e) {
            return syntax(sink, at, line, "JSON 语法错误：" + e.getOriginalMessage(),
                    "JSON syntax error: " + e.getOriginalMessage());
        }
    }

    private static boolean syntax(ReadSink sink, SourceLocation at, String line, String zh, String en) {
        String raw = line.length() > 200 ? line.substring(0, 200) + "…" : line;
        return sink.reject(SourceRow.at(at), List.of(new RowError(at, Optional.empty(), Optional.of(raw), "syntax",
                zh, en)));
    }

    /** Holds one row's outcome until the line is known to be complete. */
    private static final class RowBuffer implements ReadSink {
        private final ReadSink target;
        private @Nullable Record record;
        private @Nullable SourceRow row;
        private @Nullable List<RowError> errors;

        @Override
        public boolean accept(Record r, SourceRow source) {
            record = r;
            row = source;
            return true;
        }

        @Override
        public boolean reject(SourceRow source, List<RowError> rowErrors) {
            row = source;
            errors = rowErrors;
            return true;
        }

        RowBuffer(ReadSink target) {
            this.target = target;
        }

        @Override
        public void warn(org.jiceng.io.report.ImportWarning warning) {
            target.warn(warning);
        }

        boolean replay(ReadSink sink) {
            SourceRow r = Objects.requireNonNull(row, "a row was buffered");
            return errors != null ? sink.reject(r, errors) : sink.accept(Objects.requireNonNull(record, "record"), r);
        }
    }

    @Override
    public FormatWriter openWriter(OutputStream out, ExportOptions options) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, options.charset()), 64 * 1024);
        JsonGenerator generator = JsonObjects.factory(IoLimits.defaults()).createGenerator(writer);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        JsonRecordWriter records = new JsonRecordWriter(options);
        return new FormatWriter() {
            private boolean any;

            @Override
            public void write(Record record) throws IOException {
                records.write(generator, record, true);
                any = true;
            }

            @Override
            public void close() throws IOException {
                if (any) {
                    generator.writeRaw('\n');
                }
                generator.flush();
                writer.flush();
            }
        };
    }
}
