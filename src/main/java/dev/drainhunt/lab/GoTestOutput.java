package dev.drainhunt.lab;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code go test -json}: the lab kit's {@code drainhunt:KIND +SECONDS TEXT} lines become {@link LabEvent}s;
 * everything else (build errors, panics, plain logs) is kept as text.
 */
public final class GoTestOutput {

    private static final Pattern KIT_LINE = Pattern.compile("drainhunt:(event|fail|ok) ([+-]?\\d+(?:\\.\\d+)?) ?(.*)");
    private static final JsonFactory JSON = new JsonFactory();

    private final List<LabEvent> events = new ArrayList<>();
    private final StringBuilder other = new StringBuilder();

    private GoTestOutput() {
    }

    public static GoTestOutput parse(String stdout) {
        GoTestOutput out = new GoTestOutput();
        for (String line : stdout.split("\n", -1)) {
            if (!line.isBlank()) {
                out.read(line);
            }
        }
        return out;
    }

    public List<LabEvent> events() {
        return List.copyOf(events);
    }

    /** The output lines that were not the kit's, joined with newlines. */
    public String otherOutput() {
        return other.toString().strip();
    }

    private void read(String line) {
        String text = line.startsWith("{") ? outputOf(line) : line + "\n";
        if (text == null) {
            return;
        }
        Matcher m = KIT_LINE.matcher(text);
        if (m.find()) {
            LabEvent.Kind kind = LabEvent.Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            events.add(new LabEvent(Double.parseDouble(m.group(2)), kind, m.group(3).strip()));
        } else {
            other.append(text.endsWith("\n") ? text : text + "\n");
        }
    }

    /** The "Output" of an {"Action":"output"} line; null for other actions; the line itself if it is not JSON. */
    private static String outputOf(String line) {
        String action = null;
        String output = null;
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return line + "\n";
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if ("Action".equals(name)) {
                    action = p.getValueAsString();
                } else if ("Output".equals(name)) {
                    output = p.getValueAsString();
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            return line + "\n";
        }
        return "output".equals(action) ? output : null;
    }
}
