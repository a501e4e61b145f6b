package org.jiceng.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/plugins.md lists every public method of every public interface in an SDK {@code ...spi}
 * package, and nothing else: an SPI that gains or loses a method, or a new SPI interface, fails this
 * test until the reference says what the method must do.
 */
class SpiReferenceTest {

    /** The repository root, from the module directory the tests run in. */
    private static final Path ROOT = Path.of("..");
    private static final Pattern HEADING = Pattern.compile("^### `([\\w.]+)`\\s*$");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|");

    @Test
    void theReferenceListsExactlyThePublicMethodsOfEverySpiInterface() throws IOException, ClassNotFoundException {
        assertThat(documented()).isEqualTo(actual());
    }

    @Test
    void theSpiScanFindsTheKnownProviders() throws IOException, ClassNotFoundException {
        assertThat(actual()).containsKeys("org.jiceng.core.spi.Provider", "org.jiceng.scoring.spi.RuleSetProvider",
                "org.jiceng.io.spi.FormatProvider", "org.jiceng.grid.spi.GridIndexProvider",
                "org.jiceng.grid.spi.PartitionerProvider", "org.jiceng.cases.spi.CaseRoutingProvider",
                "org.jiceng.cases.anticipate.spi.DetectorProvider", "org.jiceng.io.spi.ImportSource.Opener");
        assertThat(actual().get("org.jiceng.io.spi.FormatProvider")).contains("read(ImportSource, ImportOptions, ReadSink)");
    }

    /** Interface name → method signatures, from the tables of docs/plugins.md. */
    private static Map<String, TreeSet<String>> documented() throws IOException {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        TreeSet<String> current = null;
        for (String line : Files.readAllLines(ROOT.resolve("docs/plugins.md"), StandardCharsets.UTF_8)) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                current = out.computeIfAbsent(h.group(1), k -> new TreeSet<>());
                continue;
            }
            Matcher r = ROW.matcher(line);
            if (current != null && r.find()) {
                current.add(r.group(1));
            }
        }
        return out;
    }

    /** Interface name → public method signatures, from the compiled SPI interfaces of every module. */
    private static Map<String, TreeSet<String>> actual() throws IOException, ClassNotFoundException {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (String name : spiSourceTypes()) {
            Class<?> type = Class.forName(name);
            List<Class<?>> types = new ArrayList<>(List.of(type));
            types.addAll(List.of(type.getDeclaredClasses()));
            for (Class<?> t : types) {
                if (!t.isInterface() || t.isAnnotation() || !Modifier.isPublic(t.getModifiers())) {
                    continue;
                }
                TreeSet<String> methods = new TreeSet<>();
                for (Method m : t.getDeclaredMethods()) {
                    if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                        StringJoiner sig = new StringJoiner(", ", m.getName() + "(", ")");
                        for (Class<?> p : m.getParameterTypes()) {
                            sig.add(p.getSimpleName());
                        }
                        methods.add(sig.toString());
                    }
                }
                out.put(t.getCanonicalName(), methods);
            }
        }
        return out;
    }

    /** Class names of the top-level types in the {@code spi} packages of every SDK module's sources. */
    private static List<String> spiSourceTypes() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("sdk-")).sorted().toList()) {
                Path src = module.resolve("src/main/java");
                if (!Files.isDirectory(src)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(src)) {
                    files.filter(f -> f.getParent().getFileName().toString().equals("spi"))
                            .filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                            .sorted()
                            .forEach(f -> {
                                String rel = src.relativize(f).toString().replace('\\', '/');
                                names.add(rel.substring(0, rel.length() - ".java".length()).replace('/', '.'));
                            });
                }
            }
        }
        return names;
    }
}
