package org.jiceng.io.open311.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jiceng.io.IoLimits;
import org.jiceng.io.geojson.internal.BoundedInput;
import org.jiceng.io.geojson.internal.CollectionsReader;
import org.jiceng.io.geojson.internal.JsonDocumentException;
import org.jiceng.io.geojson.internal.JsonDocumentException.Fault;
import org.jiceng.io.geojson.internal.JsonRow;
import org.jspecify.annotations.Nullable;

/**
 * Reads GeoReport v2 XML ({@code <service_requests><request>…}, {@code <services><service>…},
 * {@code <discovery>…}) with StAX and turns every row element into the JSON tree the JSON reader would
 * have built, so both formats share the field mapping, validation and report. An element holding only
 * text becomes a string ({@code <x/>} an empty one); an element holding elements becomes an object,
 * or an array when its children share one name and either are several or the parent's name is the
 * child's name plus {@code s} ({@code <formats><format>}).
 *
 * <p>Hostile input: document type declarations are refused (no external entities, no entity
 * expansion: XXE and "billion laughs" cannot happen), external entities and DTD support are switched
 * off in the parser as well; one row may not exceed {@code 4 × maxRowChars} bytes, nesting
 * {@code maxJsonDepth} and the document {@code maxRows} rows. Not API.
 */
public final class Open311XmlReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Row element per collection. */
    private static final Map<String, String> ROW_ELEMENTS = Map.of("service_requests", "request", "services",
            "service");

    private final IoLimits limits;
    private final long maxRows;
    private final long maxRowBytes;
    /** Set when the row limit tripped: StAX parsers wrap I/O failures without keeping the cause. */
    private boolean rowTooLong;

    /**
     * @param limits nesting and cell limits
     * @param maxRows the most rows
     * @param maxRowBytes the most bytes of one row
     */
    public Open311XmlReader(IoLimits limits, long maxRows, long maxRowBytes) {
        this.limits = limits;
        this.maxRows = maxRows;
        this.maxRowBytes = maxRowBytes;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /**
     * Reads the rows of a collection document.
     *
     * @param in the document; not closed
     * @param collection {@code service_requests} or {@code services}
     * @param handler receives every row, then {@code end()}
     * @throws JsonDocumentException for every fault of the document as a whole
     */
    public void readRows(InputStream in, String collection, CollectionsReader.Handler handler) {
        String rowName = ROW_ELEMENTS.get(collection);
        BoundedInput bounded = new BoundedInput(in, maxRowBytes);
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(tripwire(bounded));
            String root = nextElement(xml);
            if (root == null) {
                throw shape(xml, "", "XML 文档没有根元素", "the XML document has no root element");
            }
            if (root.equals("errors")) {
                String errors = text(xml);
                throw shape(xml, "", "服务器返回了错误：" + errors, "the server returned errors: " + errors);
            }
            if (!root.equals(collection)) {
                throw shape(xml, "", "根元素应为 <" + collection + ">，实际为 <" + root + ">",
                        "the root element must be <" + collection + ">, found <" + root + ">");
            }
            int index = 0;
            while (true) {
                int event = next(xml);
                if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (!name.equals(rowName)) {
                    throw shape(xml, "/" + collection, "<" + collection + "> 中只能有 <" + rowName + "> 元素，发现 <" + name
                            + ">", "<" + collection + "> may hold only <" + rowName + "> elements, found <" + name + ">");
                }
                if (index >= maxRows) {
                    throw new JsonDocumentException(Fault.LIMIT, "/" + collection, line(xml), "max-rows:" + maxRows,
                            "行数超过上限 " + maxRows + "（IoLimits.maxRows）", "more than " + maxRows
                                    + " rows (IoLimits.maxRows)", null);
                }
                long line = line(xml);
                bounded.startRow();
                JsonNode node = element(xml, 2);
                bounded.endRow();
                if (!handler.row(new JsonRow(collection, index++, line, node))) {
                    return;
                }
            }
            expectEnd(xml);
            handler.end();
        } catch (XMLStreamException e) {
            throw fault(e, xml);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // closing the reader does not close the stream; nothing was left open
                }
            }
        }
    }

    /**
     * Reads a document that is one object, such as {@code discovery.xml}.
     *
     * @param in the document; not closed
     * @param rootName the expected root element
     * @return the root as a JSON tree
     * @throws JsonDocumentException for every fault of the document
     */
    public JsonNode readObject(InputStream in, String rootName) {
        BoundedInput bounded = new BoundedInput(in, maxRowBytes);
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(tripwire(bounded));
            String root = nextElement(xml);
            if (root == null || !root.equals(rootName)) {
                throw shape(xml, "", "根元素应为 <" + rootName + ">", "the root element must be <" + rootName + ">, found "
                        + (root == null ? "none" : "<" + root + ">"));
            }
            bounded.startRow();
            JsonNode node = element(xml, 1);
            expectEnd(xml);
            return node;
        } catch (XMLStreamException e) {
            throw fault(e, xml);
        }
    }

    /** Reads the element the reader is on (its START_ELEMENT) up to its END_ELEMENT. */
    private JsonNode element(XMLStreamReader xml, int depth) throws XMLStreamException {
        if (depth > limits.maxJsonDepth()) {
            throw new JsonDocumentException(Fault.LIMIT, "", line(xml), "max-depth:" + limits.maxJsonDepth(),
                    "XML 嵌套超过 " + limits.maxJsonDepth() + " 层（IoLimits.maxJsonDepth）",
                    "XML nested deeper than " + limits.maxJsonDepth() + " levels (IoLimits.maxJsonDepth)", null);
        }
        String name = xml.getLocalName();
        StringBuilder text = new StringBuilder();
        List<String> names = new ArrayList<>();
        List<JsonNode> children = new ArrayList<>();
        while (true) {
            int event = next(xml);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    names.add(xml.getLocalName());
                    children.add(element(xml, depth + 1));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + xml.getTextLength() > limits.maxCellChars()) {
                        throw new JsonDocumentException(Fault.LIMIT, "", line(xml), "max-cell-chars:"
                                + limits.maxCellChars(), "元素 <" + name + "> 的文本超过 " + limits.maxCellChars()
                                + " 个字符（IoLimits.maxCellChars）", "the text of <" + name + "> is longer than "
                                + limits.maxCellChars() + " characters (IoLimits.maxCellChars)", null);
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return build(name, text.toString(), names, children);
                }
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
    }

    private static JsonNode build(String name, String text, List<String> names, List<JsonNode> children) {
        if (children.isEmpty()) {
            return TextNode.valueOf(text);
        }
        boolean oneName = names.stream().distinct().count() == 1;
        if (oneName && (children.size() > 1 || name.equals(names.get(0) + "s"))) {
            ArrayNode array = NODES.arrayNode();
            children.forEach(array::add);
            return array;
        }
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < children.size(); i++) {
            JsonNode previous = object.get(names.get(i));
            if (previous == null) {
                object.set(names.get(i), children.get(i));
            } else if (previous instanceof ArrayNode list) {
                list.add(children.get(i));
            } else {
                ArrayNode list = NODES.arrayNode();
                list.add(previous);
                list.add(children.get(i));
                object.set(names.get(i), list);
            }
        }
        return object;
    }

    /** The next event; a document type declaration or an entity reference is refused. */
    private static int next(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new JsonDocumentException(Fault.SHAPE, "", line(xml), "xml-dtd",
                    "不接受带 DOCTYPE 或实体引用的 XML（防止外部实体和实体膨胀攻击）",
                    "XML with a DOCTYPE or entity references is not accepted (no external entities, no entity "
                            + "expansion)", null);
        }
        return event;
    }

    private static @Nullable String nextElement(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                return xml.getLocalName();
            }
        }
        return null;
    }

    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS && out.length() < 500) {
                String t = xml.getText().strip();
                if (!t.isEmpty()) {
                    out.append(out.length() == 0 ? "" : " ").append(t);
                }
            }
        }
        return out.length() > 500 ? out.substring(0, 500) + "…" : out.toString();
    }

    private static void expectEnd(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                throw new JsonDocumentException(Fault.SYNTAX, "", line(xml), "xml-syntax", "根元素之后还有内容",
                        "content after the root element", null);
            }
        }
    }

    private static long line(@Nullable XMLStreamReader xml) {
        return xml == null ? 0 : Math.max(0, xml.getLocation().getLineNumber());
    }

    private static JsonDocumentException shape(XMLStreamReader xml, String pointer, String zh, String en) {
        return new JsonDocumentException(Fault.SHAPE, pointer, line(xml), "open311-shape", zh, en, null);
    }

    private InputStream tripwire(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (BoundedInput.RowTooLong e) {
                    rowTooLong = true;
                    throw e;
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (BoundedInput.RowTooLong e) {
                    rowTooLong = true;
                    throw e;
                }
            }
        };
    }

    private JsonDocumentException fault(XMLStreamException e, @Nullable XMLStreamReader xml) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BoundedInput.RowTooLong || rowTooLong) {
                return new JsonDocumentException(Fault.LIMIT, "", line(xml), "max-row-bytes:" + maxRowBytes,
                        "XML 元素超过 " + maxRowBytes + " 字节的长度上限（可调大 IoLimits.maxRowChars）",
                        "an XML row is longer than " + maxRowBytes + " bytes (raise IoLimits.maxRowChars)", e);
            }
            if (t instanceof IOException io && !(t instanceof BoundedInput.RowTooLong)) {
                return new JsonDocumentException(Fault.IO, "", line(xml), "io", "无法读取：" + io.getMessage(),
                        "cannot read: " + io.getMessage(), e);
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        return new JsonDocumentException(Fault.SYNTAX, "", e.getLocation() == null ? line(xml)
                : Math.max(0, e.getLocation().getLineNumber()), "xml-syntax", "XML 格式错误：" + message,
                "not well-formed XML: " + message, e);
    }
}
