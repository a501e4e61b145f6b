package org.jiceng.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jiceng.core.model.Event;

/** Reads the data-driven case files under {@code src/test/resources/cases/<rule set>/}. */
final class Cases {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Cases() {
    }

    static Path root() {
        try {
            return Path.of(Cases.class.getResource("/cases").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Event> events(JsonNode c) {
        List<Event> events = new ArrayList<>();
        for (JsonNode e : c.get("events")) {
            Map<String, String> attributes = new HashMap<>();
            if (e.has("attributes")) {
                e.get("attributes").fields().forEachRemaining(f -> attributes.put(f.getKey(), f.getValue().asText()));
            }
            events.add(new Event(e.get("id").asText(), e.get("type").asText(), e.get("subject").asText(),
                    Instant.parse(e.get("time").asText()),
                    e.has("quantity") ? new BigDecimal(e.get("quantity").asText()) : BigDecimal.ONE,
                    Optional.empty(), attributes));
        }
        return events;
    }
}
