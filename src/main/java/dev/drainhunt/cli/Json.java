package dev.drainhunt.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.drainhunt.text.TerminalSafeJson;

/** The one JSON mapper the commands print with. */
final class Json {

    /** On the shared terminal-safe factory: C1, bidi and format characters are escaped as in every JSON we print. */
    static final ObjectMapper MAPPER = JsonMapper.builder(TerminalSafeJson.factory())
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static String pretty(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
