package dev.drainhunt.terminal;

/** Where the practice session reads the learner's input: a line editor on a terminal, or plain piped lines. */
public interface Prompt extends AutoCloseable {

    /** What one read gave. */
    sealed interface Input {
        /** A line (or several joined by a trailing backslash). */
        record Line(String text) implements Input {
        }

        /** Ctrl-C at the prompt. */
        record Interrupted() implements Input {
        }

        /** Ctrl-D, or the end of piped input. */
        record End() implements Input {
        }
    }

    Input readLine(String prompt);

    /** One key, for choices such as the self-rating; Enter is {@code '\n'}. */
    Input readKey(String prompt);

    /**
     * A whole screen that reads single keys, for the navigable exercise list; empty where there is none (piped
     * input, a dumb terminal). Closing it gives the terminal back to this prompt.
     */
    default java.util.Optional<KeyScreen> keyScreen(boolean color) {
        return java.util.Optional.empty();
    }

    /** The width to lay out the next screen in; a terminal may have been resized since the last one. */
    int width();

    /**
     * The rows of the screen, for a screen that must fit in it; 0 when there is no screen to fit (piped output),
     * and then everything is shown.
     */
    default int height() {
        return 0;
    }

    /**
     * Hands the terminal to another program (a pager) for the time {@code program} runs: line editing and keyboard
     * reading are paused, Ctrl-C is the program's, and all is restored after. Off a terminal it simply runs.
     */
    default boolean handOver(java.util.function.BooleanSupplier program) {
        return program.getAsBoolean();
    }

    @Override
    void close();

    /** Joins continuation lines: a line ending in a backslash continues on the next. */
    static String joinContinuations(String text) {
        return text.replace("\\\r\n", "\n").replace("\\\n", "\n");
    }
}
