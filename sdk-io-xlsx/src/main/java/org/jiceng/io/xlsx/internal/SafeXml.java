package org.jiceng.io.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parses a part with the JDK's own SAX parser (whatever else is on the class path), namespace-aware,
 * with DOCTYPE declarations refused (so no entity can expand and no external resource is fetched),
 * secure processing on and element depth bounded.
 */
public final class SafeXml {

    private static final String MAX_DEPTH = "128";

    private SafeXml() {
    }

    /**
     * @param in the part's bytes
     * @param handler receives the events
     * @throws IOException from the stream, including {@link LimitExceeded}
     * @throws SAXException when the XML is broken or declares a DOCTYPE
     */
    public static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        XMLReader reader = newReader();
        reader.setContentHandler(handler);
        reader.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entities are refused: " + systemId);
        });
        reader.parse(new InputSource(in));
    }

    private static XMLReader newReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
            return reader;
        } catch (ParserConfigurationException e) {
            throw new SAXException("the JDK's SAX parser cannot be configured safely: " + e.getMessage(), e);
        }
    }
}
