package dev.drainhunt.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The human formats of the team report ({@code --json} is for scripts and stands apart). */
public enum ReportFormat {
    TEXT, MARKDOWN, HTML;

    /** The format a file name asks for by its extension: {@code .md}, {@code .html}, {@code .txt}. */
    public static Optional<ReportFormat> forFile(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (text.endsWith(".md") || text.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (text.endsWith(".html") || text.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return text.endsWith(".txt") ? Optional.of(TEXT) : Optional.empty();
    }

    /** The lower-case name used on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
