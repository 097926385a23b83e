package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.session.Learner;
import dev.drainhunt.session.PracticeRun;
import dev.drainhunt.session.PracticeSession;
import dev.drainhunt.terminal.Console;
import dev.drainhunt.terminal.Prompt;
import dev.drainhunt.text.SafeText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * The wiring of one run: settings, the pack, the learner's progress, the console and practice, each built on
 * first use so that a command pays only for what it touches.
 */
final class App {

    private final Settings settings;
    private final Console console;
    private PackLoader packs;
    private Learner learner;

    /** For the run {@code root} was started with (its environment and stdin), printing to {@code out}, {@code err}. */
    App(DrainhuntCommand root, PrintWriter out, PrintWriter err) {
        this.settings = Settings.of(root, root.env);
        this.console = new Console(out, err, root.stdin, root.env, settings.color(), settings.glyphs(),
                new Width(settings));
        // A moved clock dates real progress: never silently.
        Optional<String> now = root.env.get(RunClock.VARIABLE);
        if (now.isPresent()) {
            err.println(RunClock.MOVED.formatted(SafeText.clean(now.get())));
        }
    }

    /** {@code console::warn} spelt out: every command that reads progress comes here (see {@link Width}). */
    private static final class Warnings implements Consumer<String> {
        private final Console console;

        Warnings(Console console) {
            this.console = console;
        }

        @Override
        public void accept(String warning) {
            console.warn(warning);
        }
    }

    /** {@code settings::width} spelt out: every run comes here, and on JDK 17 each lambda linked costs ~0.2 ms. */
    private static final class Width implements IntSupplier {
        private final Settings settings;

        Width(Settings settings) {
            this.settings = settings;
        }

        @Override
        public int getAsInt() {
            return settings.width();
        }
    }

    Settings settings() {
        return settings;
    }

    Console console() {
        return console;
    }

    PackLoader packs() {
        if (packs == null) {
            packs = new PackLoader(settings.exercisesDir(), console.err());
        }
        return packs;
    }

    /** The pack to study. */
    Pack pack() {
        return packs().pack();
    }

    Learner learner() {
        if (learner == null) {
            learner = new Learner(settings.dataDir(), settings.clock(), new Warnings(console));
        }
        return learner;
    }

    /** Runs an interactive session on {@code queue}; on a terminal with line editing, else on plain piped lines. */
    int practice(List<Exercise> queue, LayoutOptions layout) {
        return exitCode(practiceRun().run(queue, layout::sideBySide));
    }

    /** A session reading from {@code prompt}; tests pass keystrokes a pipe cannot carry, such as Ctrl-C. */
    int practice(List<Exercise> queue, LayoutOptions layout, Prompt prompt) {
        return exitCode(practiceRun().run(queue, layout::sideBySide, prompt));
    }

    private PracticeRun practiceRun() {
        LabTools lab = new LabTools(settings);
        return new PracticeRun(console, learner(), pack(), packs().grader(), settings.clock(),
                settings.dataDir()).withLab(e -> lab.timeline(e, pack().files(), console.screen().width()));
    }

    private static int exitCode(PracticeSession.Ending ending) {
        return ending == PracticeSession.Ending.INTERRUPTED ? ExitCode.INTERRUPTED : ExitCode.OK;
    }
}
