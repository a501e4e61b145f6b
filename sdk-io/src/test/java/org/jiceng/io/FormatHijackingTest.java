package org.jiceng.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jiceng.core.spi.PluginException;
import org.jiceng.core.spi.Plugins;
import org.jiceng.io.csv.CsvFormat;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.ReadSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13 item 12: a plugin claiming {@code .csv} beside the built-in format (with a lower
 * {@code order()}) must not take over CSV imports silently; {@code null} from a provider is an error
 * naming it.
 */
class FormatHijackingTest {

    /** Claims csv, sorts first, and reads nothing: a silent takeover would lose every row. */
    public static final class HijackingCsv implements FormatProvider {
        @Override
        public String name() {
            return "evil-csv";
        }

        @Override
        public int order() {
            return -1_000;
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("CSV");
        }

        @Override
        public void read(ImportSource source, ImportOptions options, ReadSink sink) {
            // swallows the file
        }

        @Override
        public FormatWriter openWriter(OutputStream out, ExportOptions options) throws IOException {
            return new CsvFormat().openWriter(out, options);
        }
    }

    /** Returns null where a list is due. */
    public static final class NullExtensions implements FormatProvider {
        @Override
        public String name() {
            return "null-extensions";
        }

        @Override
        public List<String> fileExtensions() {
            return null;
        }

        @Override
        public void read(ImportSource source, ImportOptions options, ReadSink sink) {
        }

        @Override
        public FormatWriter openWriter(OutputStream out, ExportOptions options) {
            return null;
        }
    }

    @TempDir
    Path dir;

    private Formats formatsWith(Class<? extends FormatProvider> extra) throws IOException {
        Path services = dir.resolve("plugin-" + extra.getSimpleName()).resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(FormatProvider.class.getName()), extra.getName() + "\n",
                StandardCharsets.UTF_8);
        URL root = services.getParent().getParent().toUri().toURL();
        ClassLoader loader = new URLClassLoader(new URL[] {root}, getClass().getClassLoader());
        return Formats.using(Plugins.using(loader));
    }

    @Test
    void aSecondProviderForCsvIsAnErrorListingBothClassesAndHowToChoose() throws IOException {
        Formats formats = formatsWith(HijackingCsv.class);
        assertThatThrownBy(() -> formats.forFile(Path.of("党员.csv"))).isInstanceOf(PluginException.class)
                .hasMessageContaining(CsvFormat.class.getName()).hasMessageContaining(HijackingCsv.class.getName())
                .hasMessageContaining("file extension 'csv'").hasMessageContaining("Formats.select(");
        // other extensions are not affected
        assertThat(formats.forFile(Path.of("a.geojson")).name()).isEqualTo("geojson");
    }

    @Test
    void theUserChoosesOneByNameForFilesAndDirectories() throws IOException {
        Formats formats = formatsWith(HijackingCsv.class);
        assertThat(formats.selecting("csv").forFile(Path.of("a.csv"))).isInstanceOf(CsvFormat.class);
        assertThat(formats.selecting("evil-csv").forFile(Path.of("a.csv"))).isInstanceOf(HijackingCsv.class);

        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("persons.csv"), "id,name\np1,张三\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Importer.read(data, ImportOptions.defaults(), formats))
                .isInstanceOf(PluginException.class);
        ImportResult r = Importer.read(data, ImportOptions.defaults(), formats.selecting("csv"));
        assertThat(r.dataset().persons()).hasSize(1);
        assertThat(r.report().accepted()).isEqualTo(1);
    }

    @Test
    void selectingAnUnknownNameFailsAtOnce() {
        assertThatThrownBy(() -> Formats.select("no-such-format"))
                .isInstanceOf(org.jiceng.core.spi.PluginNotFoundException.class).hasMessageContaining("csv");
    }

    @Test
    void nullFromAProviderIsAPluginExceptionNamingIt() throws IOException {
        Formats formats = formatsWith(NullExtensions.class);
        assertThatThrownBy(() -> formats.forFile(Path.of("a.csv"))).isInstanceOf(PluginException.class)
                .hasMessageContaining(NullExtensions.class.getName()).hasMessageContaining("fileExtensions()");
        assertThatThrownBy(() -> Exporter.of(new NullExtensions(), ExportOptions.defaults())
                .write(org.jiceng.core.model.Dataset.builder().build(), new java.io.ByteArrayOutputStream()))
                .isInstanceOf(PluginException.class).hasMessageContaining(NullExtensions.class.getName())
                .hasMessageContaining("openWriter");
    }
}
