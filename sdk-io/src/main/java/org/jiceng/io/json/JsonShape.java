package org.jiceng.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@code .json} file holds, decided from its content: a GeoJSON FeatureCollection (e.g. a DataV
 * boundary file, {@code 530100_full.json}), a Popolo document (EveryPolitician's
 * {@code ep-popolo-v1.0.json}), Open311 GeoReport v2 service requests, or the SDK's own JSON records.
 *
 * <p>{@link #sniff(InputStream, String)} reads at most {@link #PREFIX_BYTES} bytes with Jackson's
 * streaming parser, never the whole file:
 * <ul>
 *   <li>an object with {@code "type": "FeatureCollection"} or a {@code features} array is {@link #GEOJSON};</li>
 *   <li>an object whose {@code persons}, {@code organizations}, {@code memberships}, {@code posts},
 *       {@code areas} or {@code events} objects use Popolo's snake_case members ({@code person_id},
 *       {@code organization_id}, {@code start_date}, {@code classification}, {@code identifiers} …), or
 *       that has a section only Popolo has ({@code meta}, {@code vote_events}, {@code motions},
 *       {@code speeches}), is {@link #POPOLO}; the same sections with the SDK's camelCase columns
 *       ({@code personId}, {@code periodFrom} …) are {@link #RECORDS};</li>
 *   <li>an array whose first object has {@code service_request_id} is {@link #OPEN311};</li>
 *   <li>otherwise the content is ambiguous (e.g. {@code {"persons": [{"id": "p1", "name": "张三"}]}}, which
 *       both readings accept) or cut off by the prefix, and the file name decides: a name containing
 *       {@code popolo} is Popolo, any other is {@link #RECORDS}.</li>
 * </ul>
 */
public enum JsonShape {
    /** A GeoJSON FeatureCollection, read by the {@code geojson} format. */
    GEOJSON,
    /** A Popolo document, read by the {@code popolo} format. */
    POPOLO,
    /** Open311 GeoReport v2 service requests: cases, read with {@code Open311Json}. */
    OPEN311,
    /** The SDK's JSON records: an array of one kind or a dataset object, read by the {@code json} format. */
    RECORDS;

    /** The most bytes looked at. */
    public static final int PREFIX_BYTES = 64 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
    private static final Set<String> POPOLO_SECTIONS = Set.of("persons", "organizations", "memberships", "posts",
            "areas", "events");
    private static final Set<String> POPOLO_ONLY_SECTIONS = Set.of("meta", "vote_events", "motions", "speeches");
    private static final Set<String> POPOLO_MEMBERS = Set.of("person_id", "organization_id", "start_date", "end_date",
            "classification", "identifiers", "contact_details", "founding_date", "dissolution_date", "parent_id",
            "post_id", "area_id", "sort_name", "other_names", "birth_date", "given_name", "family_name", "links",
            "on_behalf_of_id", "legislative_period_id", "memberships");
    private static final Set<String> RECORD_MEMBERS = Set.of("personId", "organizationId", "periodFrom", "periodTo",
            "parentId", "areaId", "postId", "idNumber", "homeAreaId", "divisionCode", "geometryRef", "subjectId");

    /**
     * The outcome of a sniff.
     *
     * @param shape what the file is read as
     * @param fromContent true when the content decided, false when it was ambiguous and the name decided
     * @param syntaxError the JSON syntax error met inside the prefix, if any (the file is then not JSON)
     */
    public record Sniffed(JsonShape shape, boolean fromContent, Optional<String> syntaxError) {
    }

    /**
     * Decides the shape from at most {@link #PREFIX_BYTES} bytes of {@code in} (which is not closed; the
     * caller marks and resets it to read the file once).
     *
     * @param in the content, positioned at its start
     * @param fileName the file name, for the ambiguous case
     * @return the shape and how it was decided
     * @throws IOException when reading fails
     */
    public static Sniffed sniff(InputStream in, String fileName) throws IOException {
        InputStream prefix = new BoundedNonClosing(in, PREFIX_BYTES);
        Optional<JsonShape> shape;
        try (JsonParser parser = FACTORY.createParser(prefix)) {
            shape = decide(parser);
        } catch (JsonProcessingException e) {
            if (((BoundedNonClosing) prefix).exhausted()) {
                shape = Optional.empty();
            } else {
                return new Sniffed(byName(fileName), false, Optional.of(e.getOriginalMessage()
                        + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
            }
        }
        return shape.map(s -> new Sniffed(s, true, Optional.empty()))
                .orElseGet(() -> new Sniffed(byName(fileName), false, Optional.empty()));
    }

    private static JsonShape byName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).contains("popolo") ? POPOLO : RECORDS;
    }

    private static Optional<JsonShape> decide(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == JsonToken.START_ARRAY) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    if ("service_request_id".equals(p.currentName())) {
                        return Optional.of(OPEN311);
                    }
                    p.nextToken();
                    p.skipChildren();
                }
            }
            return Optional.of(RECORDS);
        }
        if (first != JsonToken.START_OBJECT) {
            return Optional.empty();
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if ("type".equals(key) && value == JsonToken.VALUE_STRING && "FeatureCollection".equals(p.getText())) {
                return Optional.of(GEOJSON);
            }
            if ("features".equals(key) && value == JsonToken.START_ARRAY) {
                return Optional.of(GEOJSON);
            }
            if (POPOLO_ONLY_SECTIONS.contains(key)) {
                return Optional.of(POPOLO);
            }
            if (POPOLO_SECTIONS.contains(key) && value == JsonToken.START_ARRAY) {
                Optional<JsonShape> byMembers = firstObjectMembers(p);
                if (byMembers.isPresent()) {
                    return byMembers;
                }
                continue;
            }
            p.skipChildren();
        }
        return Optional.empty();
    }

    /** Looks at the members of the objects of a section array (the parser is on its START_ARRAY). */
    private static Optional<JsonShape> firstObjectMembers(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = p.currentName();
                if (POPOLO_MEMBERS.contains(member)) {
                    return Optional.of(POPOLO);
                }
                if (RECORD_MEMBERS.contains(member)) {
                    return Optional.of(RECORDS);
                }
                p.nextToken();
                p.skipChildren();
            }
        }
        return Optional.empty();
    }

    /** A view of the first bytes of a stream that never closes it. */
    private static final class BoundedNonClosing extends InputStream {
        private final InputStream in;
        private long left;

        BoundedNonClosing(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        boolean exhausted() {
            return left <= 0;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
