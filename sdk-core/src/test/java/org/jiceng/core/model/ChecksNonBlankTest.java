package org.jiceng.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link Checks#nonBlank} decides most values by their first character; it must accept and refuse exactly what
 * {@link String#isBlank} decides.
 */
class ChecksNonBlankTest {

    @Test
    void theFirstCharacterShortcutNeverTakesAWhiteSpaceCharacterForText() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = new String(Character.toChars(cp));
            if (Character.isWhitespace(cp)) {
                assertThat(Checks.startsWithNonWhiteSpace(s)).as("U+%04X", cp).isFalse();
                assertThat(Checks.startsWithNonWhiteSpace(s + "a")).as("U+%04X a", cp).isFalse();
            }
        }
    }

    @Property
    void acceptsExactlyTheValuesThatAreNotBlank(@ForAll String value) {
        if (value.isBlank()) {
            assertThatThrownBy(() -> Checks.nonBlank(value, "name")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("name must not be blank");
        } else {
            assertThat(Checks.nonBlank(value, "name")).isSameAs(value);
        }
    }

    @Test
    void blankValuesOfEveryWhiteSpaceCharacterAreRefused() {
        for (String blank : new String[] {"", " ", "\t\n", "\u3000", "\u2003 \u1680", "\u001C"}) {
            assertThatThrownBy(() -> Checks.nonBlank(blank, "id")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("id must not be blank");
        }
        for (String text : new String[] {"张三", "p1", "\u00A0", "\u0085", "\u200B", "\uD83D\uDE00", " a"}) {
            assertThat(Checks.nonBlank(text, "id")).isSameAs(text);
        }
    }
}
