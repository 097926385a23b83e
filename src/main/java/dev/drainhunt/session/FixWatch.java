package dev.drainhunt.session;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code drainhunt fix}'s watch mode, as rustlings watches: check once, then re-check whenever the working copy
 * changes, and act on {@code :hint}, {@code :run}, {@code :reset} and {@code :quit} typed meanwhile. Only the
 * loop's logic: the files' state, the keyboard, the pause and the actions come in, so tests drive it.
 */
public final class FixWatch {

    /** How often the copy is looked at: quick enough to feel immediate, rare enough to cost nothing. */
    public static final Duration POLL = Duration.ofMillis(300);
    static final String HELP = "Save your file to check it again · :hint · :run · :reset · :check · :quit (or Ctrl-D)";
    static final String RESET_QUESTION = "Put the buggy code back? Your version is kept aside. [y/N]";
    static final String NOT_RESET = "Not reset.";

    /** What the loop sets off; the command wires these to the lab, the progress store and the screen. */
    public interface Actions {
        /** Checks the copy and draws the verdict. */
        void check();

        /** Shows the next hint and counts it. */
        void hint();

        /** Shows the buggy code's and the fix's timelines. */
        void run();

        /** Puts the buggy code back, after the learner said yes. */
        void reset();

        void say(String line);
    }

    /** A line typed, the end of input, or nothing yet. */
    public sealed interface Input {
        record Line(String text) implements Input {
        }

        record End() implements Input {
        }

        record Nothing() implements Input {
        }
    }

    /** The keyboard, asked without blocking. */
    public interface Keyboard {
        Input poll();
    }

    /** Waits between two looks; tests pass one that returns at once. */
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final Supplier<Object> files;
    private final Keyboard keyboard;
    private final Pause pause;
    private final Actions actions;

    /** @param files a snapshot of the copy's files (names, times, sizes); a different one means a save */
    public FixWatch(Supplier<Object> files, Keyboard keyboard, Pause pause, Actions actions) {
        this.files = files;
        this.keyboard = keyboard;
        this.pause = pause;
        this.actions = actions;
    }

    /** Runs until {@code :quit}, Ctrl-D or an interrupt. */
    public void run() {
        actions.check();
        actions.say(HELP);
        Object seen = files.get();
        try {
            while (true) {
                Input input = keyboard.poll();
                if (input instanceof Input.End) {
                    return;
                }
                if (input instanceof Input.Line line && !command(line.text())) {
                    return;
                }
                Object now = files.get();
                if (!Objects.equals(now, seen)) {
                    // An editor may write a file in steps: let it finish before checking.
                    pause.pause(POLL);
                    seen = files.get();
                    actions.check();
                    actions.say(HELP);
                }
                pause.pause(POLL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Acts on one typed line; false when it asks to leave. */
    private boolean command(String text) throws InterruptedException {
        String word = text.strip().toLowerCase(Locale.ROOT);
        switch (word) {
            case "" -> {
            }
            case ":quit", ":q", ":exit" -> {
                return false;
            }
            case ":hint", ":h" -> actions.hint();
            case ":run" -> actions.run();
            case ":check", ":c" -> actions.check();
            case ":reset" -> {
                actions.say(RESET_QUESTION);
                Input answer = nextAnswer();
                if (answer instanceof Input.End) {
                    return false;
                }
                if (answer instanceof Input.Line yes && yes.text().strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                    actions.reset();
                    actions.check();
                } else {
                    actions.say(NOT_RESET);
                }
            }
            case ":help", ":?" -> actions.say(HELP);
            default -> actions.say("unknown command " + text.strip() + " — " + HELP);
        }
        return true;
    }

    private Input nextAnswer() throws InterruptedException {
        while (true) {
            Input input = keyboard.poll();
            if (!(input instanceof Input.Nothing)) {
                return input;
            }
            pause.pause(POLL);
        }
    }
}
