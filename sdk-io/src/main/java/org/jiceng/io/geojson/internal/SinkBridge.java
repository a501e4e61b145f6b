package org.jiceng.io.geojson.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.IoLimits;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.SourceRow;

/**
 * Connects the JSON readers to the io SPI: rows become {@link SourceRow}s located by JSON pointer,
 * problems become {@link RowError}s, document faults become {@link ImportException}s. Not API.
 *
 * <p>Locations: {@link SourceLocation#sheet()} holds the JSON pointer of the row object (e.g.
 * {@code /features/3}), {@link SourceLocation#line()} the line where it starts and
 * {@link SourceLocation#row()} its 1-based index in its collection. The column of a row error is the
 * member path inside the object, e.g. {@code properties/level}.
 */
public final class SinkBridge implements RowListener {

    private final String source;
    private final ReadSink sink;
    private final Function<Record, Map<String, String>> fieldPaths;
    private List<JsonNote> pendingNotes = List.of();

    /**
     * @param source the source name
     * @param sink the importer's sink
     * @param fieldPaths for a record type, component name to member path inside the row object
     */
    public SinkBridge(String source, ReadSink sink, Function<Record, Map<String, String>> fieldPaths) {
        this.source = source;
        this.sink = sink;
        this.fieldPaths = fieldPaths;
    }

    /**
     * @param limits import limits
     * @return the most bytes of one JSON object: the row character limit at four UTF-8 bytes per character
     */
    public static long maxRowBytes(IoLimits limits) {
        return limits.maxRowChars() * 4L;
    }

    /**
     * @param limits import limits
     * @return the most positions of one geometry: a position takes at least six characters ({@code [0,0],})
     */
    public static int maxPositions(IoLimits limits) {
        return Math.max(4, limits.maxRowChars() / 6);
    }

    /**
     * @param options import options
     * @return the row limit of a JSON document
     */
    public static long maxRows(ImportOptions options) {
        return options.limits().maxRows();
    }

    @Override
    public void noted(JsonRow row, List<JsonNote> notes) {
        pendingNotes = List.copyOf(notes);
    }

    /**
     * The records of an accepted row go to the sink; what the reader did to its values (the notes of
     * {@link #noted}) travels as warnings with the row's first record, so that the row counts once.
     */
    @Override
    public boolean accepted(JsonRow row, List<Record> records) {
        SourceLocation where = location(row);
        List<ImportWarning> warnings = pendingNotes.stream().map(n -> new ImportWarning(where, Optional.of(n.field()),
                Optional.of(n.before()), Optional.of(n.after()), n.rule(), n.messageZh(), n.messageEn())).toList();
        pendingNotes = List.of();
        for (Record record : records) {
            if (!sink.accept(record, new Row(where, row.node(), fieldPaths.apply(record), warnings))) {
                return false;
            }
            warnings = List.of();
        }
        return true;
    }

    /**
     * Reports once per source the members of a document that no record takes (e.g. DataV's
     * {@code center}, Popolo's {@code events}), so that nothing is dropped in silence.
     *
     * @param sink the importer's sink
     * @param source the source name
     * @param where the section or object kind, e.g. {@code features/properties} or {@code persons}
     * @param names the member names, in order of first sight
     * @param rule the warning rule, e.g. {@link ImportWarning#COLUMN_IGNORED}
     */
    public static void warnIgnored(ReadSink sink, String source, String where, java.util.Collection<String> names,
            String rule) {
        for (String name : names) {
            sink.warn(new ImportWarning(SourceLocation.of(source), Optional.of(where.isEmpty() ? name : where + "/" + name),
                    Optional.empty(), Optional.empty(), rule,
                    (where.isEmpty() ? "顶层成员 " : where + " 的成员 ") + name + " 不属于任何模型字段，未导入",
                    (where.isEmpty() ? "top-level member " : "member " + name + " of " + where + " ")
                            + (where.isEmpty() ? name + " " : "") + "has no place in the model and was not imported"));
        }
    }

    @Override
    public boolean rejected(JsonRow row, List<JsonProblem> problems) {
        SourceLocation where = location(row);
        List<RowError> errors = problems.stream().map(p -> new RowError(where,
                p.field().isEmpty() ? Optional.empty() : Optional.of(p.field()),
                p.rawValue().isEmpty() ? Optional.empty() : Optional.of(p.rawValue()),
                family(p.constraint()), p.messageZh(), p.messageEn())).toList();
        return sink.reject(SourceRow.at(where), errors);
    }

    /**
     * Maps a detailed reader rule to the report's stable constraint codes.
     *
     * @param constraint e.g. {@code geometry:closed-ring}
     * @return {@code required}, {@code invariant} or {@code format}
     */
    public static String family(String constraint) {
        if (constraint.equals("required") || constraint.equals("not-blank")) {
            return "required";
        }
        if (constraint.equals("unique-id") || constraint.equals("date-order") || constraint.equals("single-id-number")
                || constraint.startsWith("geometry:consistent") || constraint.startsWith("max-positions")) {
            return "invariant";
        }
        return "format";
    }

    private SourceLocation location(JsonRow row) {
        return new SourceLocation(source, Optional.of(row.pointer()), row.line(), row.index() + 1L);
    }

    /**
     * @param source the source name
     * @param e a document fault
     * @return the documented import error
     */
    public static ImportException toImportException(String source, JsonDocumentException e) {
        ImportException.Kind kind = switch (e.fault()) {
            case IO -> ImportException.Kind.IO;
            case SYNTAX -> ImportException.Kind.MALFORMED;
            case SHAPE -> ImportException.Kind.UNMAPPABLE;
            case LIMIT -> ImportException.Kind.LIMIT_EXCEEDED;
        };
        SourceLocation where = new SourceLocation(source, e.pointer().isEmpty() ? Optional.empty()
                : Optional.of(e.pointer()), e.line(), 0);
        return new ImportException(kind, where, e.getMessage() + " [" + e.constraint() + "]", e.messageZh(), e);
    }

    /** A JSON row seen through the record's component names. */
    private record Row(SourceLocation location, JsonNode node, Map<String, String> paths,
            List<ImportWarning> warnings) implements SourceRow {

        @Override
        public Optional<String> columnOf(String field) {
            return Optional.ofNullable(paths.get(field));
        }

        @Override
        public Optional<String> rawValueOf(String field) {
            String path = paths.get(field);
            if (path == null) {
                return Optional.empty();
            }
            JsonNode value = node.at("/" + path);
            if (value.isMissingNode() || value.isNull()) {
                return Optional.empty();
            }
            String raw = value.isTextual() ? value.textValue() : value.toString();
            return Optional.of(raw.length() <= 200 ? raw : raw.substring(0, 200) + "…");
        }
    }
}
