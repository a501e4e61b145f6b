package org.jiceng.spark.internal;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jiceng.spark.SparkEvents;

/** Schema checks with messages that name the source, the column and what was expected. */
public final class Schemas {

    private Schemas() {
    }

    /**
     * @param schema a schema
     * @param source what it belongs to, for the message
     * @throws IllegalArgumentException when a column of the event schema is missing or of another type
     */
    public static void requireEvents(StructType schema, String source) {
        for (StructField wanted : SparkEvents.SCHEMA.fields()) {
            DataType actual = column(schema, wanted.name(), source, SparkEvents.SCHEMA).dataType();
            boolean fits = wanted.dataType() instanceof DecimalType ? actual instanceof DecimalType
                    : sameType(actual, wanted.dataType());
            if (!fits) {
                throw new IllegalArgumentException(source + ": column '" + wanted.name() + "' is " + actual.simpleString()
                        + ", expected " + (wanted.dataType() instanceof DecimalType ? "a decimal" : wanted.dataType().simpleString())
                        + "; the event schema is " + SparkEvents.SCHEMA.simpleString());
            }
        }
    }

    /**
     * @param schema a schema
     * @param name a column
     * @param type the type it must have (numeric columns: any of the listed)
     * @param source what the schema belongs to
     * @param expected the full expected schema, for the message
     * @throws IllegalArgumentException when the column is missing or of another type
     */
    public static void require(StructType schema, String name, DataType type, String source, StructType expected) {
        DataType actual = column(schema, name, source, expected).dataType();
        if (!sameType(actual, type)) {
            throw new IllegalArgumentException(source + ": column '" + name + "' is " + actual.simpleString() + ", expected "
                    + type.simpleString() + "; the schema is " + expected.simpleString());
        }
    }

    /** Same type, nullability of map values, array elements and struct fields aside (Parquet makes them nullable). */
    private static boolean sameType(DataType a, DataType b) {
        return a.simpleString().equals(b.simpleString());
    }

    private static StructField column(StructType schema, String name, String source, StructType expected) {
        for (StructField f : schema.fields()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException(source + ": no column '" + name + "' (has " + String.join(", ", schema.fieldNames())
                + "); the schema is " + expected.simpleString());
    }
}
