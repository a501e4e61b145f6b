package org.jiceng.examples.demo.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A tiny streaming writer of well-formed XML (and therefore XHTML): every element is closed, text and
 * attribute values are escaped, and {@link #finish()} refuses to return a document with open
 * elements. The report is written through it so that a plain XML parser can check it.
 */
public final class Xml {

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;

    /**
     * @param prolog text written before the root element, e.g. a doctype
     */
    public Xml(String prolog) {
        this.out = new StringBuilder(1 << 16).append(prolog);
    }

    /**
     * Opens an element.
     *
     * @param name element name
     * @return this writer
     */
    public Xml open(String name) {
        closeStartTag();
        out.append('<').append(name);
        open.push(name);
        inStartTag = true;
        return this;
    }

    /**
     * Adds an attribute to the element just opened.
     *
     * @param name attribute name
     * @param value attribute value, escaped
     * @return this writer
     * @throws IllegalStateException when content was already written into the element
     */
    public Xml attr(String name, Object value) {
        if (!inStartTag) {
            throw new IllegalStateException("Attribute " + name + " written after the content of <" + open.peek() + ">");
        }
        out.append(' ').append(name).append("=\"").append(escape(String.valueOf(value))).append('"');
        return this;
    }

    /**
     * Writes escaped text.
     *
     * @param text the text
     * @return this writer
     */
    public Xml text(Object text) {
        closeStartTag();
        out.append(escape(String.valueOf(text)));
        return this;
    }

    /**
     * Writes raw, already well-formed markup (only for constant snippets such as the style sheet).
     *
     * @param markup markup
     * @return this writer
     */
    public Xml raw(String markup) {
        closeStartTag();
        out.append(markup);
        return this;
    }

    /**
     * Closes the innermost open element.
     *
     * @return this writer
     */
    public Xml close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("close() without an open element");
        }
        String name = open.pop();
        if (inStartTag) {
            out.append("/>");
            inStartTag = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /**
     * Writes {@code <name>text</name>}.
     *
     * @param name element name
     * @param text text
     * @return this writer
     */
    public Xml element(String name, Object text) {
        return open(name).text(text).close();
    }

    /**
     * @return the document
     * @throws IllegalStateException when elements are still open
     */
    public String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("Unclosed elements: " + open);
        }
        return out.toString();
    }

    private void closeStartTag() {
        if (inStartTag) {
            out.append('>');
            inStartTag = false;
        }
    }

    /**
     * @param value text
     * @return the text with XML special characters escaped
     */
    public static String escape(String value) {
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String rep = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null || (c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
                if (sb == null) {
                    sb = new StringBuilder(value.length() + 16).append(value, 0, i);
                }
                sb.append(rep != null ? rep : "\uFFFD");
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? value : sb.toString();
    }
}
