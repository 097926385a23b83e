package dev.drainhunt.cli;

import dev.drainhunt.terminal.Environment;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's help, with descriptions (of commands, options, parameters) and footers wrapped at spaces only. picocli wraps with the JDK's line
 * break rules, which break after a dot before a letter: {@code else ~/.} on one line, {@code local/share/drainhunt}
 * on the next, a path no one can copy. Laid out in the width the launcher
 * passes in {@code COLUMNS}, like the rest of drainhunt's output.
 */
final class WholeWordsHelp extends Help {

    /**
     * Makes the help of every command: with its Examples block, added as help is about to be shown, and laid out in
     * the width of {@code COLUMNS}. A class, not a lambda: every run builds one, and most show no help.
     */
    static final class Factory implements CommandLine.IHelpFactory {
        private final Environment env;

        Factory(Environment env) {
            this.env = env;
        }

        @Override
        public Help create(CommandSpec spec, ColorScheme colorScheme) {
            Examples.addTo(spec);
            return new WholeWordsHelp(spec, colorScheme, env.get("COLUMNS"));
        }
    }

    /** picocli's help cannot be narrower. */
    static final int MINIMUM_WIDTH = 55;

    /**
     * @param columns the terminal's width as the launcher passes it ({@code COLUMNS}); without it picocli asks the
     *                terminal, for every command alike
     */
    WholeWordsHelp(CommandSpec spec, ColorScheme colorScheme, Optional<String> columns) {
        super(spec, colorScheme);
        // Set here, when help is shown, so a run that shows none never parses it.
        Optional<Integer> width = columns.flatMap(WholeWordsHelp::number).filter(w -> w > 0);
        if (width.isPresent()) {
            spec.usageMessage().autoWidth(false).width(Math.max(MINIMUM_WIDTH, width.get()));
        } else {
            spec.usageMessage().autoWidth(true);
        }
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
                                      ColorScheme colorScheme) {
        Layout layout = super.createDefaultLayout(options, positionals, colorScheme);
        return new Layout(colorScheme, new Table(colorScheme, layout.textTable()), layout.optionRenderer(),
                layout.parameterRenderer());
    }

    @Override
    public String description(Object... params) {
        return wrapped(commandSpec().usageMessage().description(), params);
    }

    @Override
    public String footer(Object... params) {
        return wrapped(commandSpec().usageMessage().footer(), params);
    }

    /** Text in one column as wide as the help, as picocli lays out a description or a footer. */
    private String wrapped(String[] lines, Object... params) {
        TextTable like = TextTable.forColumns(colorScheme(), new Column(commandSpec().usageMessage().width(), 0,
                Column.Overflow.WRAP));
        like.indentWrappedLines = 0;
        Table table = new Table(colorScheme(), like);
        for (String line : lines) {
            for (Text text : colorScheme().text(String.format(line, params)).splitLines()) {
                table.addRowValues(text);
            }
        }
        return table.toString();
    }

    /** A table whose wrapping columns break lines at spaces; a word wider than the column is still cut. */
    static final class Table extends TextTable {

        Table(ColorScheme colorScheme, TextTable like) {
            super(colorScheme, like.columns());
            indentWrappedLines = like.indentWrappedLines;
            setAdjustLineBreaksForWideCJKCharacters(like.isAdjustLineBreaksForWideCJKCharacters());
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            Column column = columns()[col];
            if (value == null || column.overflow != Column.Overflow.WRAP
                    || value.plainString().length() <= column.width - column.indent) {
                return super.putValue(row, col, value);
            }
            String plain = value.plainString();
            Cell cell = null;
            int start = 0;
            int room = column.width - column.indent;
            while (start < plain.length()) {
                int end = lineEnd(plain, start, room);
                Text piece = value.substring(start, end);
                if (cell != null) {
                    row = cell.row + 1;
                    if (row >= rowCount()) {
                        addEmptyRow();
                    }
                    piece = value.substring(0, 0).concat(" ".repeat(indentWrappedLines)).concat(piece);
                }
                cell = super.putValue(row, col, piece);
                start = end;
                while (start < plain.length() && plain.charAt(start) == ' ') {
                    start++;
                }
                room = column.width - column.indent - indentWrappedLines;
            }
            return cell;
        }

        /**
         * Where the line starting at {@code start} ends: after the last whole word that fits in {@code room}, as
         * picocli counts it (a word followed by a space needs room for the space); at least one word.
         */
        static int lineEnd(String text, int start, int room) {
            int end = wordEnd(text, start);
            while (end < text.length()) {
                int next = wordEnd(text, end);
                if (next - start + (next < text.length() ? 1 : 0) > room) {
                    break;
                }
                end = next;
            }
            return end;
        }

        /** The end of the word after the spaces at {@code from}. */
        private static int wordEnd(String text, int from) {
            int i = from;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int space = text.indexOf(' ', i);
            return space < 0 ? text.length() : space;
        }
    }
}
