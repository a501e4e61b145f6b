package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.jiceng.cases.anticipate.AnticipationRules;
import org.jiceng.cases.anticipate.AnticipationRulesException;
import org.jiceng.core.rules.RuleFileException;
import org.junit.jupiter.api.Test;

/** Both kinds of rule file fail with the one shared error type, which names file, JSON path and problem. */
class RuleFileErrorsTest {

    @Test
    void aBadRuleSetIsARuleFileExceptionNamingFilePathAndProblem() {
        RuleFileException e = catchThrowableOfType(RuleFileException.class,
                () -> RuleSets.parse("{\"id\": 7}", "pack.json"));
        assertThat(e).isInstanceOf(RuleSetLoadException.class);
        assertThat(e.source()).isEqualTo("pack.json");
        assertThat(e.jsonPath()).isEqualTo("$.id");
        assertThat(e.problem()).contains("expected a non-blank string");
        assertThat(e).hasMessage("pack.json $.id: " + e.problem());
    }

    @Test
    void badAnticipationRulesAreARuleFileExceptionNamingFilePathAndProblem() {
        RuleFileException e = catchThrowableOfType(RuleFileException.class,
                () -> AnticipationRules.parse("{\"alfa\": 1}", "rules.json"));
        assertThat(e).isInstanceOf(AnticipationRulesException.class);
        assertThat(e.source()).isEqualTo("rules.json");
        assertThat(e.jsonPath()).startsWith("$");
        assertThat(e).hasMessage("rules.json " + e.jsonPath() + ": " + e.problem());
    }
}
