package org.jiceng.io.spi;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SpreadsheetTextPropertiesTest {

    @Property
    void unescapeInvertsEscape(@ForAll @StringLength(max = 6) @Chars({'=', '+', '-', '@', '\t', '\r', '\'', '1', '.', 'a'})
            String value) {
        assertThat(SpreadsheetText.unescape(SpreadsheetText.escape(value))).isEqualTo(value);
    }

    @Property
    void escapedTextNeverStartsLikeAFormula(@ForAll @StringLength(max = 6)
            @Chars({'=', '+', '-', '@', '\t', '\r', '\'', '1', 'a'}) String value) {
        String escaped = SpreadsheetText.escape(value);
        boolean plainNumber = escaped.matches("[-+][0-9]+(\\.[0-9]*)?|[-+]\\.[0-9]+");
        assertThat(escaped.isEmpty() || "=+-@\t\r".indexOf(escaped.charAt(0)) < 0 || plainNumber).isTrue();
    }

    @Test
    void prefixesDangerousCellsWithAnApostrophe() {
        assertThat(SpreadsheetText.escape("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetText.escape("'=1")).isEqualTo("''=1");
        assertThat(SpreadsheetText.escape("-12.5")).isEqualTo("-12.5");
        assertThat(SpreadsheetText.escape("'ok")).isEqualTo("'ok");
        assertThat(SpreadsheetText.unescape("'ok")).isEqualTo("'ok");
    }
}
