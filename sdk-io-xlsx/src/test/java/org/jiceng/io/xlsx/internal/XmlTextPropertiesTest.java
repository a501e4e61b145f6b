package org.jiceng.io.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xml.sax.helpers.DefaultHandler;

/** Any Java string, control characters and lone surrogates included, survives SpreadsheetML text exactly. */
class XmlTextPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("_x0Dab \t\n\r\u0001\u000B\uFFFE\uD800<&>\"'张").ofMaxLength(30));
    }

    @Property
    void writtenTextReadsBackExactly(@ForAll("texts") String text) throws Exception {
        StringWriter xml = new StringWriter();
        xml.write("<t xml:space=\"preserve\">");
        XmlText.write(xml, text);
        xml.write("</t>");
        StringBuilder read = new StringBuilder();
        SafeXml.parse(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)), new DefaultHandler() {
            @Override
            public void characters(char[] ch, int start, int length) {
                read.append(ch, start, length);
            }
        });
        assertThat(XmlText.decode(read.toString())).isEqualTo(text);
    }
}
