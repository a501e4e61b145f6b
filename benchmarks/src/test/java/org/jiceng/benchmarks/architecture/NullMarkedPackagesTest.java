package org.jiceng.benchmarks.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
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
        return PackageDocsTest.packagesFailing(sourceRoot, NullMarkedPackagesTest::nullMarked);
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
        List<Path> sourceRoots = PackageDocsTest.sdkSourceRoots(root);
        assertThat(sourceRoots).as("SDK source roots under %s", root).hasSizeGreaterThanOrEqualTo(9);
        for (Path sourceRoot : sourceRoots) {
            assertThat(unmarkedPackages(sourceRoot))
                    .as("packages of %s whose package-info.java is not @NullMarked", root.relativize(sourceRoot))
                    .isEmpty();
        }
    }

    /** Writes package {@code org.example.<name>} with one class and no package-info. */
    private static Path writePackage(Path src, String name) throws IOException {
        Path dir = Files.createDirectories(src.resolve("org/example/" + name));
        Files.writeString(dir.resolve("A.java"), "package org.example." + name + "; class A {}");
        return dir;
    }

    /** Writes package {@code org.example.<name>} with one class and the given package-info text. */
    private static void writePackage(Path src, String name, String packageInfo) throws IOException {
        Files.writeString(writePackage(src, name).resolve("package-info.java"), packageInfo);
    }

    @Test
    void aPackageWithoutNullMarkedOrWithoutPackageInfoIsReported(@TempDir Path src) throws IOException {
        writePackage(src, "marked", "/** Does one thing. */\n@NullMarked\npackage org.example.marked;\n\n"
                + "import org.jspecify.annotations.NullMarked;\n");
        writePackage(src, "qualified",
                "/** Does one thing. */\n@org.jspecify.annotations.NullMarked\npackage org.example.qualified;\n");
        writePackage(src, "plain", "/** Mentions @NullMarked only in prose. */\npackage org.example.plain;\n");
        writePackage(src, "missing");

        assertThat(unmarkedPackages(src)).containsExactly("org/example/missing", "org/example/plain");
    }
}
