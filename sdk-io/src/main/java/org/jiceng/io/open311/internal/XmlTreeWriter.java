package org.jiceng.io.open311.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Open311 document as UTF-8 XML 1.0, one element per line. Text XML 1.0 cannot hold
 * (control characters other than tab and line breaks, unpaired surrogates) and member names that are
 * no XML names are refused with an {@link IllegalArgumentException} naming the record and field,
 * never altered. Not API.
 */
public final class XmlTreeWriter implements TreeWriter {

    private final XMLStreamWriter xml;
    private int depth;
    private String where = "";

    /**
     * @param out destination, flushed and not closed at the end
     * @param root the root element, e.g. {@code service_requests}
     * @throws IOException when writing fails
     */
    public XmlTreeWriter(OutputStream out, String root) throws IOException {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(Objects.requireNonNull(out, "out"), "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        start(root);
    }

    @Override
    public void context(String record) {
        this.where = record;
    }

    @Override
    public void startList(String name, String itemName) throws IOException {
        start(name);
    }

    @Override
    public void endList() throws IOException {
        end();
    }

    @Override
    public void startItem(String itemName) throws IOException {
        start(itemName);
    }

    @Override
    public void endItem() throws IOException {
        end();
    }

    @Override
    public void startObject(String name) throws IOException {
        start(name);
    }

    @Override
    public void endObject() throws IOException {
        end();
    }

    @Override
    public void text(String name, String value) throws IOException {
        checkName(name);
        checkText(name, value);
        try {
            indent();
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    @Override
    public void textItem(String itemName, String value) throws IOException {
        text(itemName, value);
    }

    @Override
    public void number(String name, double value) throws IOException {
        text(name, BigDecimal.valueOf(value).toPlainString());
    }

    @Override
    public void number(String name, long value) throws IOException {
        text(name, Long.toString(value));
    }

    @Override
    public void bool(String name, boolean value) throws IOException {
        text(name, Boolean.toString(value));
    }

    @Override
    public void close() throws IOException {
        end();
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private void start(String name) throws IOException {
        checkName(name);
        try {
            indent();
            xml.writeStartElement(name);
            depth++;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private void end() throws IOException {
        depth--;
        try {
            indent();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static IOException failure(XMLStreamException e) {
        return new IOException("cannot write Open311 XML: " + e.getMessage(), e);
    }

    private void checkName(String name) {
        boolean ok = !name.isEmpty() && (Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')
                && !name.regionMatches(true, 0, "xml", 0, 3)
                && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
        if (!ok) {
            throw new IllegalArgumentException("Open311 XML: " + where + " has a member named '" + name
                    + "', which is not an XML element name");
        }
    }

    private void checkText(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "Open311 XML: %s field %s holds the character U+%04X at index %d, which XML 1.0 cannot "
                                + "represent; write JSON or remove it", where, name, (int) c, i));
            }
        }
    }
}
