package dev.drainhunt.exercise;

import dev.drainhunt.text.SafeText;

/**
 * One thing wrong with a pack file, positioned so an editor can jump to it.
 *
 * @param file the file as the author knows it (relative to where the pack was loaded from)
 * @param field where in the document, e.g. {@code keyPoints[0].match[1]}; empty for the whole file
 */
public record Problem(String file, int line, int column, String field, String message) {

    /**
     * {@code FILE:LINE:COL: FIELD: message}, the shape compilers use, so terminals and editors link it. Messages
     * quote the pack's own text (ids, field names, values), so the whole line is made safe to print.
     */
    public String format() {
        String where = file + ":" + line + ":" + column + ": ";
        return SafeText.clean(field.isEmpty() ? where + message : where + field + ": " + message);
    }
}
