package io.precog.models.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void keepsPrintableText() {
        String text = "nfl_elo v1.0 ÉLO 😀 <script>";

        assertThat(LogText.of(text)).isSameAs(text);
    }

    @Test
    void escapesLineBreaksTabsAndNul() {
        assertThat(LogText.of("a\rb\nc\td\u0000e")).isEqualTo("a\\rb\\nc\\td\\0e");
    }

    @Test
    void escapesOtherControlsAsUnicode() {
        assertThat(LogText.of("\u0001\u001b\u007f\u0080\u0085\u009f"))
                .isEqualTo("\\u0001\\u001B\\u007F\\u0080\\u0085\\u009F");
    }

    @Test
    void escapesSeparatorsAndLoneSurrogates() {
        assertThat(LogText.of("a\u2028b\u2029c\ud800d\udc00")).isEqualTo("a\\u2028b\\u2029c\\uD800d\\uDC00");
    }

    @Test
    void doublesABackslash() {
        assertThat(LogText.of("a\\nb")).isEqualTo("a\\\\nb");
    }

    @Test
    void escapesTextOfAnyValue() {
        assertThat(LogText.of(Map.of("value", "x\ny"))).isEqualTo("{value=x\\ny}");
        assertThat(LogText.of(null)).isEqualTo("null");
    }
}
