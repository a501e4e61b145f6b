package org.jiceng.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Keeps the README's "Using the SDK" section and this module the same: every Java block of the section
 * is in the quickstart's sources (whitespace aside), and the section's Maven block names exactly the
 * SDK artifacts the quickstart's pom compiles against.
 */
class ReadmeSnippetsTest {

    private static final Pattern FENCE = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaBlockOfTheSectionIsInTheQuickstartSources() throws Exception {
        List<String> blocks = blocks(section(), "java");
        assertThat(blocks).as("java blocks in the README's Using the SDK section").hasSizeGreaterThanOrEqualTo(3);
        String sources = normalise(quickstartSources());
        for (String block : blocks) {
            assertThat(sources).as("README block not in examples/quickstart/src/main/java:%n%s", block)
                    .contains(normalise(block));
        }
    }

    @Test
    void aBlockChangedByOneWordIsNotFoundSoTheCheckCanFail() throws Exception {
        String sources = normalise(quickstartSources());
        String block = blocks(section(), "java").get(0);
        assertThat(sources).doesNotContain(normalise(block.replace("Importer.read", "Importer.load")));
    }

    @Test
    void theMavenBlockListsExactlyTheSdkArtifactsOfTheQuickstartPom() throws Exception {
        List<String> xml = blocks(section(), "xml");
        assertThat(xml).hasSize(1);
        Document readme = parse("<readme>" + xml.get(0) + "</readme>");
        Set<String> listed = artifacts(directChild(readme.getDocumentElement(), "dependencies"), false);

        Document pom = parse(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        Set<String> needed = artifacts(directChild(pom.getDocumentElement(), "dependencies"), true);

        assertThat(needed).contains("jiceng-sdk-core", "jiceng-sdk-io");
        assertThat(listed).isEqualTo(needed);
    }

    @Test
    void theMavenBlockImportsTheBomOfThisVersion() throws Exception {
        Document readme = parse("<readme>" + blocks(section(), "xml").get(0) + "</readme>");
        Element managed = directChild(directChild(readme.getDocumentElement(), "dependencyManagement"), "dependencies");
        Element bom = directChild(managed, "dependency");
        Document pom = parse(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        String version = directChild(directChild(pom.getDocumentElement(), "parent"), "version").getTextContent();

        assertThat(directChild(bom, "artifactId").getTextContent()).isEqualTo("jiceng-bom");
        assertThat(directChild(bom, "version").getTextContent()).isEqualTo(version);
    }

    /** The section from its heading to the next level-2 heading. */
    private static String section() throws IOException {
        String readme = Files.readString(repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8)
                .replace("\r\n", "\n");
        int start = readme.indexOf("\n## Using the SDK\n");
        assertThat(start).as("README has a '## Using the SDK' section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static List<String> blocks(String markdown, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(markdown);
        while (m.find()) {
            if (m.group(1).equals(language)) {
                blocks.add(m.group(2));
            }
        }
        return blocks;
    }

    private static String quickstartSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            StringBuilder all = new StringBuilder();
            for (Path p : java) {
                all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
            return all.toString();
        }
    }

    private static String normalise(String code) {
        return code.strip().replaceAll("\\s+", " ");
    }

    /** The org.jiceng artifacts of a dependencies element, without test-scoped ones when asked. */
    private static Set<String> artifacts(Element dependencies, boolean skipTestScope) {
        Set<String> artifacts = new TreeSet<>();
        NodeList children = dependencies.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element d && d.getTagName().equals("dependency")) {
                Element scope = directChildOrNull(d, "scope");
                boolean test = scope != null && scope.getTextContent().strip().equals("test");
                if (directChild(d, "groupId").getTextContent().strip().equals("org.jiceng") && !(skipTestScope && test)) {
                    artifacts.add(directChild(d, "artifactId").getTextContent().strip());
                }
            }
        }
        return artifacts;
    }

    private static Element directChild(Element parent, String name) {
        Element child = directChildOrNull(parent, name);
        assertThat(child).as("<%s> in <%s>", name, parent.getTagName()).isNotNull();
        return child;
    }

    private static Element directChildOrNull(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("examples")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root above %s", Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
