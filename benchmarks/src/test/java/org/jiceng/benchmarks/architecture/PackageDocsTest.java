package org.jiceng.benchmarks.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every package under {@code src/main/java} of an SDK module ({@code sdk-*}) has a
 * {@code package-info.java} whose Javadoc states its purpose. Reads the sources from the repository,
 * which the benchmarks module sits in.
 */
class PackageDocsTest {

    /** The repository root: the nearest directory upwards that holds {@code sdk-core/pom.xml}. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("sdk-core/pom.xml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root above %s", Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }

    /**
     * @param sourceRoot a {@code src/main/java} directory
     * @return the package directories (relative, '/'-separated) that hold Java sources but no documented
     *     {@code package-info.java}
     */
    static List<String> undocumentedPackages(Path sourceRoot) {
        return packagesFailing(sourceRoot, PackageDocsTest::documented);
    }

    /**
     * @param sourceRoot a {@code src/main/java} directory
     * @param packageInfoIsFine whether a package's {@code package-info.java} path (which may not exist)
     *     meets a rule
     * @return the package directories (relative, '/'-separated) that hold Java sources but whose
     *     {@code package-info.java} does not meet it
     */
    static List<String> packagesFailing(Path sourceRoot, Predicate<Path> packageInfoIsFine) {
        try (Stream<Path> dirs = Files.walk(sourceRoot)) {
            return dirs.filter(Files::isDirectory)
                    .filter(PackageDocsTest::holdsJavaSources)
                    .filter(dir -> !packageInfoIsFine.test(dir.resolve("package-info.java")))
                    .map(dir -> sourceRoot.relativize(dir).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param root the repository root
     * @return the {@code src/main/java} directories of the SDK modules ({@code sdk-*}), sorted
     */
    static List<Path> sdkSourceRoots(Path root) throws IOException {
        try (Stream<Path> modules = Files.list(root)) {
            return modules.filter(m -> m.getFileName().toString().startsWith("sdk-"))
                    .map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .sorted()
                    .toList();
        }
    }

    private static boolean holdsJavaSources(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".java")
                    && !f.getFileName().toString().equals("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean documented(Path packageInfo) {
        if (!Files.isRegularFile(packageInfo)) {
            return false;
        }
        try {
            String text = Files.readString(packageInfo, StandardCharsets.UTF_8);
            int doc = text.indexOf("/**");
            int pkg = text.indexOf("package ");
            return doc >= 0 && pkg > doc
                    && !text.substring(doc + 3, text.indexOf("*/", doc)).replace("*", "").isBlank();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everySdkMainPackageHasADocumentedPackageInfo() throws IOException {
        Path root = repositoryRoot();
        List<Path> sourceRoots = sdkSourceRoots(root);
        assertThat(sourceRoots).as("SDK source roots under %s", root).hasSizeGreaterThanOrEqualTo(9);
        for (Path sourceRoot : sourceRoots) {
            assertThat(undocumentedPackages(sourceRoot))
                    .as("packages of %s without a documented package-info.java", root.relativize(sourceRoot))
                    .isEmpty();
        }
    }

    @Test
    void aPackageWithoutPackageInfoOrWithAnEmptyOneIsReported(@TempDir Path src) throws IOException {
        Path documented = Files.createDirectories(src.resolve("org/example/good"));
        Files.writeString(documented.resolve("A.java"), "package org.example.good; class A {}");
        Files.writeString(documented.resolve("package-info.java"),
                "/** Does one thing. */\npackage org.example.good;\n");
        Path missing = Files.createDirectories(src.resolve("org/example/missing"));
        Files.writeString(missing.resolve("B.java"), "package org.example.missing; class B {}");
        Path empty = Files.createDirectories(src.resolve("org/example/empty"));
        Files.writeString(empty.resolve("C.java"), "package org.example.empty; class C {}");
        Files.writeString(empty.resolve("package-info.java"), "/** */\npackage org.example.empty;\n");

        assertThat(undocumentedPackages(src)).containsExactly("org/example/empty", "org/example/missing");
    }
}
