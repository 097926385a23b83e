package dev.drainhunt.terminal;

import dev.drainhunt.text.Ascii;
import dev.drainhunt.text.Glyphs;
import dev.drainhunt.text.SafeText;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntSupplier;

/** Where one run talks to the user: the screen (built on first use), stderr, stdin and yes/no questions. */
public final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream stdin;
    private final Environment env;
    private final boolean color;
    private final Glyphs glyphs;
    private final IntSupplier width;
    private Screen screen;

    /** @param width asked once, when the screen is first needed: it may query the terminal */
    public Console(PrintWriter out, PrintWriter err, InputStream stdin, Environment env, boolean color,
            Glyphs glyphs, IntSupplier width) {
        this.out = out;
        this.err = err;
        this.stdin = stdin;
        this.env = env;
        this.color = color;
        this.glyphs = glyphs;
        this.width = width;
    }

    public Screen screen() {
        if (screen == null) {
            screen = new Screen(out, color, width.getAsInt(), glyphs);
        }
        return screen;
    }

    public PrintWriter err() {
        return err;
    }

    /** Standard input: piped answers for practice, a diagnosis for check. */
    public InputStream stdin() {
        return stdin;
    }

    public Environment env() {
        return env;
    }

    /** "drainhunt: warning: …" on stderr, at once. */
    public void warn(String warning) {
        String line = "drainhunt: warning: " + SafeText.clean(warning);
        err.println(glyphs.ascii() ? Ascii.fold(line) : line);
        err.flush();
    }

    /** Piped lines from stdin, echoed to the screen as a terminal would show them (in ASCII, if the screen is). */
    public Prompt plainPrompt() {
        Screen s = screen();
        PrintWriter shown = glyphs.ascii() ? new PrintWriter(new AsciiWriter(s.out())) : s.out();
        return new PlainPrompt(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), shown,
                s.width());
    }

    /**
     * Asks a yes/no question on the terminal (default no). Off a terminal there is nobody to ask, so the answer
     * is yes: scripts that pipe output still get what they asked for.
     */
    public boolean confirm(String question) {
        java.io.Console console = System.console();
        if (!env.stdinIsTerminal() || console == null) {
            return true;
        }
        String answer = console.readLine("%s [y/N] ", question);
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }
}
