package org.jiceng.benchmarks.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nullness rule: every package under {@code src/main/java} of an SDK module ({@code sdk-*}) is
 * JSpecify {@code @NullMarked} in its {@code package-info.java}, so that a type without
 * {@code @Nullable} never holds null. Reads the sources from the repository, as {@link PackageDocsTest}
 * does.
 */
class NullMarkedPackagesTest {

    /** {@code @NullMarked} (or its qualified name) right before the package declaration. */
    private static final Pattern NULL_MARKED = Pattern.compile(
            "@(org\\.jspecify\\.annotations\\.)?NullMarked\\s+package\\s");

    /**
     * @param sourceRoot a {@code src/main/java} directory
     * @return the package directories (relative, '/'-separated) that hold Java sources but whose
     *     {@code package-info.java} is missing or not {@code @NullMarked}
     */
    static List<String> unmarkedPackages(Path sourceRoot) {
        try (Stream<Path> dirs = Files.walk(sourceRoot)) {
            return dirs.filter(Files::isDirectory)
                    .filter(NullMarkedPackagesTest::holdsJavaSources)
                    .filter(dir -> !nullMarked(dir.resolve("package-info.java")))
                    .map(dir -> sourceRoot.relativize(dir).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static boolean nullMarked(Path packageInfo) {
        if (!Files.isRegularFile(packageInfo)) {
            return false;
        }
        try {
            String text = Files.readString(packageInfo, StandardCharsets.UTF_8);
            return NULL_MARKED.matcher(text).find()
                    && (text.contains("@org.jspecify.annotations.NullMarked")
                            || text.contains("import org.jspecify.annotations.NullMarked;"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everySdkMainPackageIsNullMarked() throws IOException {
        Path root = PackageDocsTest.repositoryRoot();
        List<Path> sourceRoots;
        try (Stream<Path> modules = Files.list(root)) {
            sourceRoots = modules.filter(m -> m.getFileName().toString().startsWith("sdk-"))
                    .map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .sorted()
                    .toList();
        }
        assertThat(sourceRoots).as("SDK source roots under %s", root).hasSizeGreaterThanOrEqualTo(9);
        for (Path sourceRoot : sourceRoots) {
            assertThat(unmarkedPackages(sourceRoot))
                    .as("packages of %s whose package-info.java is not @NullMarked", root.relativize(sourceRoot))
                    .isEmpty();
        }
    }

    @Test
    void aPackageWithoutNullMarkedOrWithoutPackageInfoIsReported(@TempDir Path src) throws IOException {
        Path marked = Files.createDirectories(src.resolve("org/example/marked"));
        Files.writeString(marked.resolve("A.java"), "package org.example.marked; class A {}");
        Files.writeString(marked.resolve("package-info.java"), "/** Does one thing. */\n@NullMarked\n"
                + "package org.example.marked;\n\nimport org.jspecify.annotations.NullMarked;\n");
        Path qualified = Files.createDirectories(src.resolve("org/example/qualified"));
        Files.writeString(qualified.resolve("B.java"), "package org.example.qualified; class B {}");
        Files.writeString(qualified.resolve("package-info.java"),
                "/** Does one thing. */\n@org.jspecify.annotations.NullMarked\npackage org.example.qualified;\n");
        Path plain = Files.createDirectories(src.resolve("org/example/plain"));
        Files.writeString(plain.resolve("C.java"), "package org.example.plain; class C {}");
        Files.writeString(plain.resolve("package-info.java"),
                "/** Mentions @NullMarked only in prose. */\npackage org.example.plain;\n");
        Path missing = Files.createDirectories(src.resolve("org/example/missing"));
        Files.writeString(missing.resolve("D.java"), "package org.example.missing; class D {}");

        assertThat(unmarkedPackages(src)).containsExactly("org/example/missing", "org/example/plain");
    }
}
