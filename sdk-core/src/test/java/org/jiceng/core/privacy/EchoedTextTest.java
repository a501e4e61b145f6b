package org.jiceng.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoedTextTest {

    @Test
    void escapeSequencesLineBreaksAndBidiOverridesBecomeVisibleEscapes() {
        assertThat(EchoedText.terminalSafe("\u001B[31m红\u001B[0m")).isEqualTo("\\u001B[31m红\\u001B[0m");
        assertThat(EchoedText.terminalSafe("a\nb\r\tc")).isEqualTo("a\\u000Ab\\u000D\\u0009c");
        assertThat(EchoedText.terminalSafe("\u009B2J")).isEqualTo("\\u009B2J"); // C1 CSI
        assertThat(EchoedText.terminalSafe("abc\u202Efdp.exe")).isEqualTo("abc\\u202Efdp.exe");
        assertThat(EchoedText.terminalSafe("\u2066x\u2069\u200F")).isEqualTo("\\u2066x\\u2069\\u200F");
    }

    @Test
    void ordinaryTextIncludingChineseAndEmojiIsKeptAsIs() {
        String text = "张三 Rémy 😀 110105********002X";
        assertThat(EchoedText.terminalSafe(text)).isSameAs(text);
    }

    @Test
    void escapingIsIdempotent() {
        String once = EchoedText.terminalSafe("\u001B]0;title\u0007");
        assertThat(EchoedText.terminalSafe(once)).isEqualTo(once);
    }

    @Test
    void truncateKeepsTheStartMarksTheCutAndNeverSplitsASurrogatePair() {
        assertThat(EchoedText.truncate("abcdef", 6)).isEqualTo("abcdef");
        assertThat(EchoedText.truncate("abcdef", 3)).isEqualTo("abc…");
        assertThat(EchoedText.truncate("ab😀cd", 3)).isEqualTo("ab…");
    }
}
