package org.jiceng.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build check that every test class runs in {@code mvn verify}: a class under any module's
 * {@code src/test/java} that declares JUnit 5 or jqwik tests must match one of Surefire's default name
 * patterns, or Surefire silently skips it.
 */
class EveryTestClassRunsTest {

    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "@(?:[\\w.]+\\.)?(Test|Property|Example|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b");
    private static final Pattern SUREFIRE_DEFAULT = Pattern.compile("(Test.*|.*Test|.*Tests|.*TestCase)\\.java");

    @Test
    void everyClassWithTestsMatchesSurefiresNamePatterns() throws IOException {
        Path root = Path.of(System.getProperty("jiceng.root", "..")).toAbsolutePath().normalize();
        assertThat(root.resolve("sdk-core/src/test/java")).as("repository root %s", root).isDirectory();
        List<Path> skipped;
        try (Stream<Path> files = Files.walk(root)) {
            skipped = files.filter(EveryTestClassRunsTest::isTestSource)
                    .filter(f -> !SUREFIRE_DEFAULT.matcher(f.getFileName().toString()).matches())
                    .filter(EveryTestClassRunsTest::declaresTests)
                    .map(root::relativize)
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertThat(skipped).as("test classes Surefire would skip: name them *Test").isEmpty();
    }

    @Test
    void theNamePatternsAreSurefiresDefaults() {
        assertThat(SUREFIRE_DEFAULT.matcher("CaseMetricsPropertiesTest.java").matches()).isTrue();
        assertThat(SUREFIRE_DEFAULT.matcher("TestLoader.java").matches()).isTrue();
        assertThat(SUREFIRE_DEFAULT.matcher("CaseMetricsProperties.java").matches()).isFalse();
    }

    private static boolean isTestSource(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && path.contains("/src/test/java/") && !path.contains("/target/");
    }

    private static boolean declaresTests(Path file) {
        try {
            return TEST_ANNOTATION.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
