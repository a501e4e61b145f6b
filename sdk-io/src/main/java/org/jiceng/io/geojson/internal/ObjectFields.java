package org.jiceng.io.geojson.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed members of one JSON object and collects every problem instead of stopping at the
 * first, so that one rejected object reports all its faults. Methods return {@code null} or empty
 * after recording a problem; callers build a record only when {@link #ok()}. Not API.
 */
public final class ObjectFields {

    /** Longest raw value quoted in a problem, so that hostile input cannot bloat the report. */
    private static final int MAX_RAW = 200;

    private final JsonNode node;
    private final String pointer;
    private final String prefix;
    private final List<JsonProblem> problems;
    private final List<JsonNote> notes;

    /**
     * @param node the object (a non-object node yields only problems)
     * @param pointer the JSON pointer of the row object
     * @param prefix field prefix inside the row object, e.g. {@code "properties/"}, or {@code ""}
     */
    public ObjectFields(JsonNode node, String pointer, String prefix) {
        this(node, pointer, prefix, new ArrayList<>(), new ArrayList<>());
    }

    private ObjectFields(JsonNode node, String pointer, String prefix, List<JsonProblem> problems,
            List<JsonNote> notes) {
        this.node = node;
        this.pointer = pointer;
        this.prefix = prefix;
        this.problems = problems;
        this.notes = notes;
    }

    /**
     * @param sibling another reader of the same row
     * @param node the nested object
     * @param prefix its field prefix
     * @return a reader sharing the problem list of {@code sibling}'s row
     */
    public static ObjectFields nested(ObjectFields sibling, JsonNode node, String prefix) {
        return new ObjectFields(node, sibling.pointer, prefix, sibling.problems, sibling.notes);
    }

    /** @return the pointer of the row */
    public String pointer() {
        return pointer;
    }

    /** @return the problems found so far */
    public List<JsonProblem> problems() {
        return List.copyOf(problems);
    }

    /** @return the notes recorded so far: values kept after a repair or normalisation, in order */
    public List<JsonNote> notes() {
        return List.copyOf(notes);
    }

    /**
     * Records what was done to a value that is nevertheless accepted (a repair, a derived value, a
     * normalisation), so that no value changes in silence.
     *
     * @param field member name (without prefix)
     * @param before the value as read
     * @param after the value kept
     * @param rule what was done, e.g. {@code geometry:repaired}
     * @param zh Chinese message
     * @param en English message
     */
    public void note(String field, String before, String after, String rule, String zh, String en) {
        notes.add(new JsonNote(field.isEmpty() ? prefix.replaceAll("/$", "") : prefix + field, abbreviate(before),
                abbreviate(after), rule, zh, en));
    }

    /** @return true when no problem has been found */
    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * Records a problem of this row.
     *
     * @param field member name (without prefix)
     * @param raw offending node, or null
     * @param constraint rule broken
     * @param zh Chinese message
     * @param en English message
     */
    public void problem(String field, @Nullable JsonNode raw, String constraint, String zh, String en) {
        problems.add(new JsonProblem(pointer, field.isEmpty() ? prefix.replaceAll("/$", "") : prefix + field,
                raw == null || raw.isMissingNode() ? "" : abbreviate(raw.toString()), constraint, zh, en));
    }

    /** @return the underlying node */
    public JsonNode node() {
        return node;
    }

    /**
     * @param field member name
     * @return the member, or a missing node; JSON {@code null} counts as absent
     */
    public JsonNode member(String field) {
        JsonNode value = node.path(field);
        return value.isNull() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : value;
    }

    /**
     * @param field member name
     * @return the text, or empty when absent; a problem when present but not a string
     */
    public Optional<String> optString(String field) {
        JsonNode value = member(field);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            problem(field, value, "type:string", "字段 " + prefix + field + " 必须是字符串",
                    "field " + prefix + field + " must be a string");
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    /**
     * @param field member name
     * @return the non-blank text, or null after recording a problem
     */
    public @Nullable String reqString(String field) {
        JsonNode value = member(field);
        if (value.isMissingNode()) {
            problem(field, value, "required", "缺少必填字段 " + prefix + field,
                    "required field " + prefix + field + " is missing");
            return null;
        }
        Optional<String> text = optString(field);
        if (text.isPresent() && text.get().isBlank()) {
            problem(field, value, "not-blank", "字段 " + prefix + field + " 不能为空",
                    "field " + prefix + field + " must not be blank");
            return null;
        }
        return text.orElse(null);
    }

    /**
     * @param field member name
     * @return the non-blank text when present; a problem when present but blank or not a string
     */
    public Optional<String> optNonBlank(String field) {
        Optional<String> text = optString(field);
        if (text.isPresent() && text.get().isBlank()) {
            problem(field, member(field), "not-blank", "字段 " + prefix + field + " 不能为空",
                    "field " + prefix + field + " must not be blank");
            return Optional.empty();
        }
        return text;
    }

    /**
     * @param field member name
     * @return a non-negative int when present; a problem when not an integral number in range
     */
    public Optional<Integer> optCount(String field) {
        JsonNode value = member(field);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(field, value, "type:integer", "字段 " + prefix + field + " 必须是整数",
                    "field " + prefix + field + " must be an integer");
            return Optional.empty();
        }
        if (value.intValue() < 0) {
            problem(field, value, "min:0", "字段 " + prefix + field + " 不能为负数",
                    "field " + prefix + field + " must not be negative");
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    /**
     * @param field member name
     * @param parse parser throwing {@link IllegalArgumentException} with the accepted values
     * @param constraint constraint name, e.g. {@code enum:AreaLevel}
     * @param <E> enum type
     * @return the constant, or null after recording a problem
     */
    public <E> @Nullable E reqEnum(String field, Function<String, E> parse, String constraint) {
        String text = reqString(field);
        return text == null ? null : parseEnum(field, text, parse, constraint);
    }

    /**
     * @param field member name
     * @param parse parser throwing {@link IllegalArgumentException} with the accepted values
     * @param constraint constraint name
     * @param <E> enum type
     * @return the constant when present and valid
     */
    public <E> Optional<E> optEnum(String field, Function<String, E> parse, String constraint) {
        return optNonBlank(field).map(text -> parseEnum(field, text, parse, constraint));
    }

    private <E> @Nullable E parseEnum(String field, String text, Function<String, E> parse, String constraint) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            problem(field, member(field), constraint, "字段 " + prefix + field + " 的取值无效: " + e.getMessage(),
                    "field " + prefix + field + " has an invalid value: " + e.getMessage());
            return null;
        }
    }

    /**
     * @param field member name
     * @return an ISO date ({@code yyyy-MM-dd}) when present; a problem when malformed
     */
    public Optional<LocalDate> optDate(String field) {
        return optNonBlank(field).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(field, member(field), "format:date", "字段 " + prefix + field + " 不是 yyyy-MM-dd 格式的日期",
                        "field " + prefix + field + " is not a yyyy-MM-dd date");
                return null;
            }
        });
    }

    /**
     * @param field member name
     * @return the strings of an array member, empty when absent; a problem when not an array of
     *     non-blank strings
     */
    public List<String> stringArray(String field) {
        JsonNode value = member(field);
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(field, value, "type:array", "字段 " + prefix + field + " 必须是字符串数组",
                    "field " + prefix + field + " must be an array of strings");
            return List.of();
        }
        List<String> out = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || item.textValue().isBlank()) {
                problem(field + "/" + i, item, "type:string", "字段 " + prefix + field + "/" + i + " 必须是非空字符串",
                        "field " + prefix + field + "/" + i + " must be a non-blank string");
            } else {
                out.add(item.textValue());
            }
        }
        return out;
    }

    private static String abbreviate(String raw) {
        return raw.length() <= MAX_RAW ? raw : raw.substring(0, MAX_RAW) + "…";
    }
}
