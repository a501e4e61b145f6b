package org.jiceng.examples.demo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XmlTest {

    @Property
    void textAndAttributesSurviveAnXmlParser(
            @ForAll @Chars({'<', '>', '&', '"', '\'', ' ', '积', '分'}) @CharRange(from = 'a', to = 'z') String text,
            @ForAll @Chars({'<', '>', '&', '"', '\''}) @CharRange(from = '0', to = '9') String attr) throws Exception {
        String doc = new Xml("").open("root").attr("a", attr).element("t", text).close().finish();
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(root.getAttribute("a")).isEqualTo(attr);
        assertThat(root.getElementsByTagName("t").item(0).getTextContent()).isEqualTo(text);
    }

    @Test
    void refusesToFinishWithOpenElements() {
        Xml x = new Xml("").open("html").open("body");
        assertThatThrownBy(x::finish).hasMessageContaining("body").hasMessageContaining("html");
    }

    @Test
    void refusesAttributesAfterContent() {
        Xml x = new Xml("").open("p").text("hi");
        assertThatThrownBy(() -> x.attr("class", "late")).hasMessageContaining("class").hasMessageContaining("<p>");
    }
}
