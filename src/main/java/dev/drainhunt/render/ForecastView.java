package dev.drainhunt.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import dev.drainhunt.text.Glyphs;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** The review forecast as a small horizontal bar chart, one line a day. */
public final class ForecastView {

    /** How far ahead the review forecast looks. */
    public static final int DAYS = 14;

    private ForecastView() {
    }

    /** A blank line, a heading and the chart; nothing when no review falls in the forecast. */
    public static List<AttributedString> block(Map<LocalDate, Integer> forecast, int width, Glyphs glyphs) {
        int due = 0; // a loop, not a stream: on list's start-up path (JDK 17 links each lambda at start)
        for (int count : forecast.values()) {
            due += count;
        }
        if (due == 0) {
            return List.of();
        }
        List<AttributedString> out = new ArrayList<>();
        out.add(AttributedString.EMPTY);
        out.add(new AttributedString("Reviews due in the next " + DAYS + " days", Style.HEADING));
        out.addAll(render(forecast, width, glyphs));
        return out;
    }

    public static List<AttributedString> render(Map<LocalDate, Integer> forecast, int width, Glyphs glyphs) {
        int most = Math.max(1, Collections.max(forecast.values()));
        int room = Math.max(5, Math.min(30, width - 20));
        List<AttributedString> out = new ArrayList<>();
        for (Map.Entry<LocalDate, Integer> day : forecast.entrySet()) {
            int n = day.getValue();
            int cells = n == 0 ? 0 : Math.max(1, n * room / most);
            out.add(new AttributedStringBuilder()
                    .append("  ").append(padded(DayFormats.DAY.format(day.getKey()), 11))
                    .styled(Style.ACCENT, glyphs.filled().repeat(cells))
                    .styled(n == 0 ? Style.DIM : Style.PLAIN, (cells > 0 ? " " : "") + n)
                    .toAttributedString());
        }
        return out;
    }

    /** {@code text} and spaces to {@code width} (not String.format, whose Formatter is a start-up cost of its own). */
    private static String padded(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
