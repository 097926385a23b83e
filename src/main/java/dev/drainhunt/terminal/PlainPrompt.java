package dev.drainhunt.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Reads from piped stdin: plain lines, no cursor movement, no terminal queries. A line ending in a backslash
 * continues on the next, as at the terminal prompt.
 */
public final class PlainPrompt implements Prompt {

    private final BufferedReader in;
    private final PrintWriter out;
    private final int width;

    public PlainPrompt(BufferedReader in, PrintWriter out, int width) {
        this.in = in;
        this.out = out;
        this.width = width;
    }

    @Override
    public Input readLine(String prompt) {
        out.print(prompt);
        out.flush();
        StringBuilder text = new StringBuilder();
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.endsWith("\\")) {
                    text.append(line, 0, line.length() - 1).append('\n');
                    continue;
                }
                text.append(line);
                // Echo what was read, so a transcript of a piped session reads like the terminal one.
                out.println(text);
                return new Input.Line(text.toString());
            }
        } catch (IOException e) {
            throw new TerminalFailure("cannot read standard input: " + e.getMessage(), e);
        }
        out.println();
        return text.length() > 0 ? new Input.Line(text.toString()) : new Input.End();
    }

    @Override
    public Input readKey(String prompt) {
        Input line = readLine(prompt);
        if (line instanceof Input.Line l) {
            String text = l.text().strip();
            return new Input.Line(text.isEmpty() ? "\n" : text.substring(0, 1));
        }
        return line;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void close() {
        out.flush();
    }
}
