package org.jiceng.io.popolo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jiceng.core.model.Dataset;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.HeaderLanguage;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.geojson.internal.JsonDocumentException;
import org.jiceng.io.geojson.internal.SinkBridge;
import org.jiceng.io.popolo.internal.PopoloReader;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.ReadSink;

/**
 * The {@code popolo} format: persons, party members, organisations, memberships, posts and areas as
 * one Popolo JSON document, extension {@code .popolo.json}. The mapping is described in {@link Popolo}.
 *
 * <p>Rows are the objects of the collections; a row's location names its JSON pointer (e.g.
 * {@code /memberships/12}) as {@link SourceLocation#sheet()}, the line where it starts and its 1-based
 * index as row. A person object that carries {@code jiceng.party_member} yields two records (the
 * {@code Person} and its {@code PartyMember}).
 *
 * <p>Export masks ID and phone numbers unless {@link ExportOptions#unmasked()}; the language picks
 * Chinese labels or constant names for classifications, roles and statuses. The writer collects the
 * records and writes the document when closed, because a person's party-member fields are merged into
 * the person object; a {@code PartyMember} whose person is not exported is not written.
 *
 * <p>Limits ({@link org.jiceng.io.IoLimits}): {@code maxRows} objects over all collections; one object
 * at most {@code 4 × maxRowChars} bytes; nesting {@code maxJsonDepth}. A declared
 * {@link ImportOptions#kind()} is ignored: the collection decides.
 */
public final class PopoloFormatProvider implements FormatProvider {

    /** The format name. */
    public static final String NAME = "popolo";

    private static final Set<RecordKind> KINDS = EnumSet.of(RecordKind.PERSONS, RecordKind.PARTY_MEMBERS,
            RecordKind.ORGANIZATIONS, RecordKind.MEMBERSHIPS, RecordKind.POSTS, RecordKind.AREAS);

    /** Creates the provider (used by the plugin loader). */
    public PopoloFormatProvider() {
        // stateless
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("popolo.json");
    }

    @Override
    public Set<RecordKind> kinds() {
        return EnumSet.copyOf(KINDS);
    }

    @Override
    public boolean multiKind() {
        return true;
    }

    @Override
    public void read(ImportSource source, ImportOptions options, ReadSink sink) {
        Objects.requireNonNull(sink, "sink");
        PopoloReader reader = new PopoloReader(SinkBridge.maxRows(options), SinkBridge.maxRowBytes(options.limits()),
                options.limits().maxJsonDepth());
        SinkBridge bridge = new SinkBridge(source.name(), sink,
                record -> PopoloReader.FIELDS.getOrDefault(record.getClass(), Map.of()));
        try (InputStream in = source.open()) {
            reader.stream(in, bridge);
            SinkBridge.warnIgnored(sink, source.name(), "", reader.ignoredSections(), Popolo.SECTION_IGNORED);
            reader.ignoredMembers().forEach((section, names) ->
                    SinkBridge.warnIgnored(sink, source.name(), section, names, ImportWarning.COLUMN_IGNORED));
        } catch (JsonDocumentException e) {
            throw SinkBridge.toImportException(source.name(), e);
        } catch (IOException e) {
            throw new ImportException(ImportException.Kind.IO, SourceLocation.of(source.name()),
                    "cannot read Popolo JSON: " + e.getMessage(), "无法读取 Popolo JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public FormatWriter openWriter(OutputStream out, ExportOptions options) throws IOException {
        Objects.requireNonNull(out, "out");
        PopoloWriter writer = (options.maskPersonalData() ? PopoloWriter.masked() : PopoloWriter.unmasked())
                .englishLabels(options.language() == HeaderLanguage.ENGLISH);
        Dataset.Builder records = Dataset.builder();
        return new FormatWriter() {
            private boolean closed;

            @Override
            public void write(Record record) throws IOException {
                if (record == null || !KINDS.contains(RecordKind.of(record))) {
                    throw new IllegalArgumentException("Popolo carries persons, party members, organisations, "
                            + "memberships, posts and areas, not "
                            + (record == null ? "null" : record.getClass().getSimpleName()));
                }
                records.add(record);
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    writer.write(records.build(), out);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        };
    }
}
