package org.jiceng.io.open311.internal;

import java.io.IOException;
import java.util.Optional;

/**
 * Writes an Open311 document as a tree of lists, objects and fields, so that one description of each
 * document ({@link Open311Documents}) serves JSON ({@link JsonTreeWriter}) and XML
 * ({@link XmlTreeWriter}). Item and list names matter to XML only; JSON writes lists as arrays and
 * items as objects. Not API.
 */
public interface TreeWriter extends AutoCloseable {

    /**
     * @param where the record being written, for error messages (e.g. {@code request 17})
     */
    void context(String where);

    /**
     * @param name the list's member name
     * @param itemName the name of its items
     * @throws IOException when writing fails
     */
    void startList(String name, String itemName) throws IOException;

    /** @throws IOException when writing fails */
    void endList() throws IOException;

    /**
     * @param itemName the item's name in XML
     * @throws IOException when writing fails
     */
    void startItem(String itemName) throws IOException;

    /** @throws IOException when writing fails */
    void endItem() throws IOException;

    /**
     * @param name a member holding an object
     * @throws IOException when writing fails
     */
    void startObject(String name) throws IOException;

    /** @throws IOException when writing fails */
    void endObject() throws IOException;

    /**
     * @param name member name
     * @param value text
     * @throws IOException when writing fails
     */
    void text(String name, String value) throws IOException;

    /**
     * Writes the member when the value is present.
     *
     * @param name member name
     * @param value text, if any
     * @throws IOException when writing fails
     */
    default void text(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            text(name, value.get());
        }
    }

    /**
     * @param itemName the item's name in XML
     * @param value a text item of the current list
     * @throws IOException when writing fails
     */
    void textItem(String itemName, String value) throws IOException;

    /**
     * @param name member name
     * @param value a number
     * @throws IOException when writing fails
     */
    void number(String name, double value) throws IOException;

    /**
     * @param name member name
     * @param value an integer
     * @throws IOException when writing fails
     */
    void number(String name, long value) throws IOException;

    /**
     * @param name member name
     * @param value a boolean
     * @throws IOException when writing fails
     */
    void bool(String name, boolean value) throws IOException;

    /**
     * Ends the document and flushes; the stream is not closed.
     *
     * @throws IOException when writing fails
     */
    @Override
    void close() throws IOException;
}
