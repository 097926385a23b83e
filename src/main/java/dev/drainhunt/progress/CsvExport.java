package dev.drainhunt.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An export as RFC 4180 CSV, one row per exercise, learner and pack on every row so team files concatenate. */
final class CsvExport {

    static final List<String> HEADER = List.of("learner", "pack", "number", "id", "title", "status", "attempts",
            "first_solved", "hints_used", "right_first_try");

    /** RFC 4180 ends records with CRLF; spreadsheets and CSV readers all accept it. */
    private static final String EOL = "\r\n";

    private CsvExport() {
    }

    static String render(ProgressExport export, ZoneId zone) {
        StringBuilder out = new StringBuilder(line(HEADER.stream()));
        for (ExportedExercise e : export.exercises()) {
            out.append(line(Stream.of(text(export.learner()), text(export.pack()), String.valueOf(e.number()),
                    text(e.id()), text(e.title()), e.status().label(), String.valueOf(e.attempts()),
                    time(e.firstSolved(), zone), String.valueOf(e.hintsUsed()), String.valueOf(e.rightFirstTry()))));
        }
        return out.toString();
    }

    private static String line(Stream<String> fields) {
        return fields.map(CsvExport::quote).collect(Collectors.joining(",")) + EOL;
    }

    /** Quotes a field only when it needs it: a comma, a quote, a line break, or edge spaces. */
    static String quote(String field) {
        boolean needs = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                || !field.equals(field.strip());
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /**
     * Free text (names and titles come from custom packs and learners) that a spreadsheet would run as a
     * formula if it began with one of {@code = + - @}, tab or CR: a leading apostrophe keeps it text.
     */
    static String text(String value) {
        String text = Objects.requireNonNullElse(value, "");
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String time(Instant instant, ZoneId zone) {
        return HumanTime.format(instant, zone);
    }
}
