package dev.drainhunt.terminal;

import dev.drainhunt.text.Ascii;
import dev.drainhunt.text.Glyphs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;

/** The interactive prompt: JLine line editing, history kept in the data dir, Tab completion of commands. */
public final class TerminalPrompt implements Prompt {

    private static final int CTRL_C = 3;
    private static final int CTRL_D = 4;

    private final Terminal terminal;
    private final LineReader reader;
    /** Prompts are drawn by JLine, past the Screen: folded to ASCII here when the run's glyphs are ASCII. */
    private final boolean ascii;
    private volatile int width;
    /** The width when JLine reports none (a dumb terminal): asked once, on first need. */
    private int fallbackWidth;

    /** @param completions the words Tab completes at the start of a line */
    public TerminalPrompt(Terminal terminal, Path historyFile, List<String> completions) {
        this(terminal, historyFile, completions, Glyphs.UNICODE);
    }

    TerminalPrompt(Terminal terminal, Path historyFile, List<String> completions, Glyphs glyphs) {
        this.terminal = terminal;
        this.ascii = glyphs.ascii();
        DefaultParser parser = new DefaultParser();
        // A diagnosis is prose: an apostrophe ("doesn't") must not open a quote that waits for its closing one.
        parser.setQuoteChars(new char[0]);
        parser.setEofOnEscapedNewLine(true);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("drainhunt")
                .parser(parser)
                .completer(new StringsCompleter(completions))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P " + glyphs.ellipsis() + " ")
                // "!" in prose is not a history expansion.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        this.reader = builder.build();
    }

    /**
     * The system terminal, with history in the file {@code historyFile} names once the terminal is open (null for
     * none).
     *
     * @throws TerminalFailure when the terminal cannot be opened
     */
    public static TerminalPrompt open(Supplier<Path> historyFile, List<String> completions) {
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).graphemeCluster(false).build();
            return new TerminalPrompt(terminal, historyFile.get(), completions,
                    Encoding.glyphs(Environment.system()));
        } catch (IOException e) {
            throw new TerminalFailure("cannot open the terminal: " + e.getMessage(), e);
        }
    }

    /**
     * {@link #open}, on a thread of its own: the first screen can be drawn meanwhile, laid out to
     * {@code widthUntilOpen} (the launcher's $COLUMNS) until the terminal is open.
     */
    public static Prompt openInBackground(Supplier<Path> historyFile, List<String> completions,
            IntSupplier widthUntilOpen, IntSupplier heightUntilOpen) {
        return new BackgroundPrompt(() -> open(historyFile, completions), widthUntilOpen, heightUntilOpen);
    }

    @Override
    public Input readLine(String prompt) {
        try {
            return new Input.Line(Prompt.joinContinuations(reader.readLine(shown(prompt))));
        } catch (UserInterruptException e) {
            return new Input.Interrupted();
        } catch (EndOfFileException e) {
            return new Input.End();
        }
    }

    @Override
    public Input readKey(String prompt) {
        terminal.writer().print(shown(prompt));
        terminal.writer().flush();
        Attributes saved = terminal.enterRawMode();
        try {
            NonBlockingReader keys = terminal.reader();
            // Polled, not one blocking read: a blocked read holds the reader's lock, and JLine's shutdown hook
            // (SIGTERM, SIGHUP) would wait on it for ever, so the process never exits.
            int c;
            do {
                c = keys.read(100L);
            } while (c == NonBlockingReader.READ_EXPIRED);
            terminal.writer().println();
            terminal.writer().flush();
            if (c < 0 || c == CTRL_D) {
                return new Input.End();
            }
            if (c == CTRL_C) {
                return new Input.Interrupted();
            }
            return new Input.Line(c == '\r' || c == '\n' ? "\n" : String.valueOf((char) c));
        } catch (IOException e) {
            throw new TerminalFailure("cannot read the keyboard: " + e.getMessage(), e);
        } finally {
            terminal.setAttributes(saved);
        }
    }

    private String shown(String prompt) {
        return ascii ? Ascii.fold(prompt) : prompt;
    }

    @Override
    public Optional<KeyScreen> keyScreen(boolean color) {
        terminal.flush();
        return JLineKeyScreen.on(terminal, color);
    }

    @Override
    public int width() {
        try {
            int columns = terminal.getWidth();
            width = columns > 0 ? columns : fallbackWidth();
        } catch (IllegalStateException e) {
            // Closed as the process ends (by JLine's shutdown hook or ours): the last width it had.
        }
        return width > 0 ? width : TerminalSize.UNKNOWN_TERMINAL_WIDTH;
    }

    private int fallbackWidth() {
        if (fallbackWidth <= 0) {
            fallbackWidth = TerminalSize.whenJLineCannotTell(Environment.system());
        }
        return fallbackWidth;
    }

    @Override
    public int height() {
        try {
            return Math.max(0, terminal.getHeight());
        } catch (IllegalStateException e) {
            // Closed as the process ends: nothing more will be laid out.
            return 0;
        }
    }

    @Override
    public boolean handOver(BooleanSupplier program) {
        terminal.writer().flush();
        // Ctrl-C in a pager is the pager's (less uses it to stop a search); it must not end the session.
        Terminal.SignalHandler interrupt = terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_IGN);
        boolean paused = false;
        try {
            if (terminal.canPauseResume()) {
                // JLine's reader thread must not take the pager's keys.
                terminal.pause(true);
                paused = true;
            }
            return program.getAsBoolean();
        } catch (InterruptedException e) {
            // Not handed over: the caller prints instead.
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (paused) {
                terminal.resume();
            }
            terminal.handle(Terminal.Signal.INT, interrupt);
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // History is a convenience; failing to save it must not hide the session's real outcome.
        }
        // A signal after this (SIGCONT, SIGWINCH as the process ends) must not reach JLine's handlers, which would
        // touch the closed terminal.
        try {
            for (Terminal.Signal signal : Terminal.Signal.values()) {
                terminal.handle(signal, Terminal.SignalHandler.SIG_IGN);
            }
        } catch (IllegalStateException e) {
            // JLine's own shutdown hook closed it already
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // The process is ending; the terminal is restored by the OS if this fails.
        }
    }
}
