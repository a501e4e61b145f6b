package org.jiceng.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jiceng.cases.CaseEventTypes;
import org.jiceng.core.model.EventTypes;
import org.jiceng.scoring.Rule;
import org.junit.jupiter.api.Test;

/**
 * Every event type a built-in pack scores is a declared constant of {@link EventTypes} or
 * {@link CaseEventTypes}, so that integrators (and the demo) write events with the SDK's names instead of
 * repeating the strings.
 */
class BuiltInPackEventTypesTest {

    static Set<String> constantsOf(Class<?> holder) {
        Set<String> values = new TreeSet<>();
        for (Field f : holder.getFields()) {
            int m = f.getModifiers();
            if (f.getType() == String.class && Modifier.isStatic(m) && Modifier.isFinal(m)) {
                try {
                    values.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(f + " is not readable", e);
                }
            }
        }
        return values;
    }

    /** Every {@code "eventType"} member anywhere in a pack's JSON, as written in the resource. */
    static List<String> eventTypesIn(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("eventType") && e.getValue().isTextual()) {
                    out.add(e.getValue().asText());
                }
                out.addAll(eventTypesIn(e.getValue()));
            });
        } else if (node.isArray()) {
            node.forEach(child -> out.addAll(eventTypesIn(child)));
        }
        return out;
    }

    private static Set<String> declared() {
        Set<String> declared = new TreeSet<>(constantsOf(EventTypes.class));
        declared.addAll(constantsOf(CaseEventTypes.class));
        return declared;
    }

    @Test
    void everyEventTypeOfEveryBuiltInPackIsADeclaredConstant() throws IOException {
        Set<String> declared = declared();
        ObjectMapper json = new ObjectMapper();
        BuiltInRuleSetProvider provider = new BuiltInRuleSetProvider();
        int seen = 0;
        for (String id : new TreeSet<>(BuiltInRuleSetProvider.IDS)) {
            String resource = "/org/jiceng/scoring/packs/" + id + ".json";
            try (InputStream in = BuiltInRuleSetProvider.class.getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                for (String type : eventTypesIn(json.readTree(in))) {
                    seen++;
                    assertThat(declared).as("event type '%s' of built-in pack %s", type, id).contains(type);
                }
            }
            for (Rule rule : provider.ruleSet(id).rules()) {
                assertThat(declared).as("event type of rule %s in pack %s", rule.id(), id)
                        .contains(rule.eventType());
            }
        }
        assertThat(seen).as("event types found in the built-in packs").isGreaterThanOrEqualTo(14);
    }

    @Test
    void theTypesThePacksOnceDeclaredThemselvesAreSdkConstants() {
        assertThat(EventTypes.BRANCH_ASSESSMENT).isEqualTo("branch.assessment");
        assertThat(EventTypes.CADRE_ASSESSMENT).isEqualTo("cadre.assessment");
        assertThat(EventTypes.TRAINING_ABSENT).isEqualTo("training.absent");
    }

    @Test
    void anUndeclaredTypeInAPackIsFound() throws IOException {
        JsonNode pack = new ObjectMapper().readTree(
                "{\"rules\":[{\"id\":\"r\",\"eventType\":\"meeting.atended\"}],\"index\":{\"x\":[{\"eventType\":\"y\"}]}}");

        assertThat(eventTypesIn(pack)).containsExactly("meeting.atended", "y");
        assertThat(declared()).doesNotContain("meeting.atended").contains("meeting.attended", "whistle.closed");
    }
}
