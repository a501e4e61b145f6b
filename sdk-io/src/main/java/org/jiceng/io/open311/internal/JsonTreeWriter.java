package org.jiceng.io.open311.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** Writes an Open311 document as UTF-8 JSON: a top-level array or object. Not API. */
public final class JsonTreeWriter implements TreeWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator gen;
    private final boolean rootArray;

    /**
     * @param out destination, flushed and not closed at the end
     * @param rootArray true for a top-level array (requests, services), false for an object
     * @throws IOException when writing fails
     */
    public JsonTreeWriter(OutputStream out, boolean rootArray) throws IOException {
        gen = FACTORY.createGenerator(Objects.requireNonNull(out, "out"), JsonEncoding.UTF8);
        gen.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        this.rootArray = rootArray;
        if (rootArray) {
            gen.writeStartArray();
        } else {
            gen.writeStartObject();
        }
    }

    @Override
    public void context(String where) {
        // JSON can hold any text
    }

    @Override
    public void startList(String name, String itemName) throws IOException {
        gen.writeArrayFieldStart(name);
    }

    @Override
    public void endList() throws IOException {
        gen.writeEndArray();
    }

    @Override
    public void startItem(String itemName) throws IOException {
        gen.writeStartObject();
    }

    @Override
    public void endItem() throws IOException {
        gen.writeEndObject();
    }

    @Override
    public void startObject(String name) throws IOException {
        gen.writeObjectFieldStart(name);
    }

    @Override
    public void endObject() throws IOException {
        gen.writeEndObject();
    }

    @Override
    public void text(String name, String value) throws IOException {
        gen.writeStringField(name, value);
    }

    @Override
    public void textItem(String itemName, String value) throws IOException {
        gen.writeString(value);
    }

    @Override
    public void number(String name, double value) throws IOException {
        gen.writeNumberField(name, value);
    }

    @Override
    public void number(String name, long value) throws IOException {
        gen.writeNumberField(name, value);
    }

    @Override
    public void bool(String name, boolean value) throws IOException {
        gen.writeBooleanField(name, value);
    }

    @Override
    public void close() throws IOException {
        if (rootArray) {
            gen.writeEndArray();
        } else {
            gen.writeEndObject();
        }
        gen.close();
    }
}
