package org.jiceng.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The BOM manages every third-party artifact the SDK's jars bring along, at exactly the version the SDK
 * is built and tested with, so an integrator who imports it passes Maven's dependencyConvergence check.
 * The versions the tests run with are read from the jars on this module's class path (which holds every
 * SDK artifact but the XLSX one, which has no third-party dependency).
 */
class BomVersionsTest {

    @Test
    void everyManagedThirdPartyVersionIsTheOneTheSdkIsTestedWith() throws Exception {
        Map<String, String> managed = managedVersions(Path.of("..", "bom", "pom.xml"));

        assertThat(managed).containsKeys("org.hibernate.validator:hibernate-validator", "org.jboss.logging:jboss-logging",
                "com.fasterxml:classmate", "org.glassfish.expressly:expressly", "jakarta.el:jakarta.el-api",
                "jakarta.validation:jakarta.validation-api", "org.locationtech.jts:jts-core",
                "com.fasterxml.jackson:jackson-bom", "org.junit:junit-bom", "org.assertj:assertj-core",
                "net.bytebuddy:byte-buddy", "org.jspecify:jspecify");
        for (Map.Entry<String, String> e : managed.entrySet()) {
            assertThat(testedVersion(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    private static String testedVersion(String coordinates) throws IOException {
        switch (coordinates) {
            case "com.fasterxml.jackson:jackson-bom":
                return com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
            case "org.jspecify:jspecify": // its jar has no pom.properties, only the manifest's version
                return org.jspecify.annotations.NullMarked.class.getPackage().getImplementationVersion();
            case "org.junit:junit-bom":
                return org.junit.jupiter.api.Test.class.getPackage().getImplementationVersion();
            default:
                String[] ga = coordinates.split(":");
                String resource = "META-INF/maven/" + ga[0] + "/" + ga[1] + "/pom.properties";
                try (InputStream in = BomVersionsTest.class.getClassLoader().getResourceAsStream(resource)) {
                    assertThat(in).as("%s is on the SDK's class path", coordinates).isNotNull();
                    Properties p = new Properties();
                    p.load(in);
                    return p.getProperty("version");
                }
        }
    }

    private static Map<String, String> managedVersions(Path bom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(bom.toFile());
        Map<String, String> properties = new HashMap<>();
        NodeList props = ((Element) doc.getElementsByTagName("properties").item(0)).getChildNodes();
        for (int i = 0; i < props.getLength(); i++) {
            if (props.item(i) instanceof Element p) {
                properties.put(p.getTagName(), p.getTextContent().strip());
            }
        }
        Map<String, String> managed = new HashMap<>();
        NodeList deps = doc.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String group = text(d, "groupId");
            if (group.equals("org.jiceng")) {
                continue;
            }
            managed.put(group + ":" + text(d, "artifactId"), resolve(text(d, "version"), properties));
        }
        return managed;
    }

    private static String text(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
        return m.matches() ? properties.getOrDefault(m.group(1), value) : value;
    }
}
