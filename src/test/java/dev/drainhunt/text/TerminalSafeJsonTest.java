package dev.drainhunt.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalSafeJsonTest {

    static final ObjectMapper MAPPER = JsonMapper.builder(TerminalSafeJson.factory()).build();
    static final String HOSTILE = "a\u001b[2J\u007f\u009b\u202e\u200b\u2028\udb40\udc01 é ✔ 😀";

    @Test
    void escapesEveryCharacterThatActsOnATerminalAndReadsBackTheSame() throws Exception {
        String json = MAPPER.writeValueAsString(Map.of("title", HOSTILE));

        assertThat(SafeText.clean(json)).isEqualTo(json);
        assertThat(json.toLowerCase(Locale.ROOT)).contains("\\u001b", "\\u007f", "\\u009b", "\\u202e", "\\u200b",
                "\\u2028", "\\udb40\\udc01", " é ✔ ");
        assertThat(MAPPER.readValue(json, Map.class)).containsEntry("title", HOSTILE);
    }

    @Test
    void cleanLinesKeepsLineEndsAndMarksTheRest() {
        assertThat(SafeText.cleanLines("a\r\nb\nc\rd\u001be\u0085")).isEqualTo("a\r\nb\nc^Md^[e<U+0085>");
        assertThat(SafeText.clean("tag\udb40\udc01")).isEqualTo("tag<U+E0001>");
        assertThat(SafeText.clean("plain ✔ 😀")).isEqualTo("plain ✔ 😀");
    }
}
