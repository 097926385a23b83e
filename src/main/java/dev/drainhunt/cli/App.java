package dev.drainhunt.cli;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import dev.drainhunt.exercise.Problem;
import dev.drainhunt.grading.Grader;
import dev.drainhunt.grading.MatchRule;
import dev.drainhunt.grading.RuleProblem;
import dev.drainhunt.grading.Vocabulary;
import dev.drainhunt.practice.Output;
import dev.drainhunt.practice.StudyQueue;
import dev.drainhunt.progress.PackProgress;
import dev.drainhunt.progress.ProgressException;
import dev.drainhunt.progress.ProgressFile;
import dev.drainhunt.progress.ProgressStats;
import dev.drainhunt.progress.ProgressStore;
import dev.drainhunt.terminal.Environment;
import dev.drainhunt.terminal.PlainPrompt;
import dev.drainhunt.terminal.Prompt;
import dev.drainhunt.terminal.Screen;
import dev.drainhunt.terminal.TerminalPrompt;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The services one run of drainhunt shares, each built on first use: the pack, the screen, the data dir. */
final class App {

    private final DrainhuntCommand options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Environment env;
    private final InputStream stdin;
    private final SaveGate saves = new SaveGate();
    private Pack pack;
    private Screen screen;
    private Grader grader;
    private ProgressStore store;
    private ProgressFile progressFile;
    private Clock clock;

    App(DrainhuntCommand options, PrintWriter out, PrintWriter err, Environment env, InputStream stdin) {
        this.options = options;
        this.stdin = stdin;
        this.out = out;
        this.err = err;
        this.env = env;
    }

    Environment env() {
        return env;
    }

    /** Standard input: piped answers for practice, a diagnosis for check. */
    InputStream stdin() {
        return stdin;
    }

    PrintWriter err() {
        return err;
    }

    /** The pack validator, with grading's knowledge of which match-rule concepts are sound. */
    static PackValidator validator() {
        Vocabulary vocabulary = Vocabulary.bundled();
        // Exercises share concepts (@deadline in one after another): check each distinct one once.
        Map<String, Optional<String>> checked = new HashMap<>();
        return new PackValidator(concept -> checked.computeIfAbsent(concept, c -> MatchRule.compile(
                        new KeyPoint("rule", "rule", List.of(List.of(c))), vocabulary)
                .problems().stream().findFirst().map(RuleProblem::message)));
    }

    /**
     * The system clock, or one moved to $DRAINHUNT_NOW (an ISO date or instant): demos and end-to-end tests use it
     * to see reviews come due without waiting days.
     */
    Clock clock() {
        if (clock == null) {
            // Reads the time-zone database: done on first use, which show and check never need.
            clock = Clock.systemDefaultZone();
            env.get("DRAINHUNT_NOW").ifPresent(text -> clock = Clock.offset(clock,
                    Duration.between(clock.instant(), parseInstant(text))));
        }
        return clock;
    }

    private Instant parseInstant(String text) {
        try {
            return text.contains("T") ? Instant.parse(text)
                    : LocalDate.parse(text).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw UserError.usage("DRAINHUNT_NOW must be a date (2026-12-01) or an instant (2026-12-01T09:00:00Z), "
                    + "not \"" + text + "\"");
        }
    }

    Grader grader() {
        if (grader == null) {
            grader = Grader.standard();
        }
        return grader;
    }

    ProgressStore store() {
        if (store == null) {
            store = new ProgressStore(dataDir(), clock(), warning -> {
                err.println("drainhunt: warning: " + warning);
                err.flush();
            });
        }
        return store;
    }

    /** The saved progress; unreadable progress stops the command with exit code 3. */
    ProgressFile progressFile() {
        // Read once per change: a command shows several views of it (stats, statuses, due dates), and with a
        // year of attempts the file is megabytes of JSON.
        if (progressFile == null) {
            try {
                progressFile = store().read();
            } catch (ProgressException e) {
                throw UserError.data(e.getMessage());
            }
        }
        return progressFile;
    }

    PackProgress progress(Pack pack) {
        return progressFile().pack(pack.name());
    }

    /** Saves one record of a practice session now; a failure to save ends the command with exit code 3. */
    void save(Pack pack, Output.Record record) {
        saveProgress(pack, p -> Records.apply(p, record, LocalDate.now(clock())));
    }

    /** Changes one pack's stored progress under the store's lock; a failure ends the command with exit code 3. */
    void saveProgress(Pack pack, UnaryOperator<PackProgress> change) {
        saves.save(() -> {
            try {
                store().update(pack.name(), change);
                // Another session may have saved in between: read the file again when next asked.
                progressFile = null;
            } catch (ProgressException e) {
                throw UserError.data(e.getMessage());
            }
        });
    }

    /**
     * Asks a yes/no question on the terminal (default no). Off a terminal there is nobody to ask, so the answer
     * is yes: scripts that pipe output still get what they asked for.
     */
    boolean confirm(String question) {
        java.io.Console console = System.console();
        if (!env.stdinIsTerminal() || console == null) {
            return true;
        }
        String answer = console.readLine("%s [y/N] ", question);
        return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }

    ProgressStats stats(Pack pack) {
        return ProgressStats.of(pack, progressFile(), clock());
    }

    int solvedCount(Pack pack) {
        return stats(pack).overall().solved();
    }

    /** "Next review due …" or "No reviews scheduled yet." */
    String nextUp(Pack pack) {
        LocalDate today = LocalDate.now(clock());
        PackProgress progress = progress(pack);
        int due = StudyQueue.due(pack, progress, today).size();
        if (due > 0) {
            return due + (due == 1 ? " review is" : " reviews are") + " due now: drainhunt review.";
        }
        return StudyQueue.nextDue(pack, progress, today)
                .map(d -> "Next review due " + d + ".")
                .orElse("No reviews scheduled yet.");
    }

    /** Runs an interactive session on {@code queue}; on a terminal with line editing, else on plain piped lines. */
    int practice(List<Exercise> queue, LayoutOptions layout) {
        progressFile(); // fail before the first screen when progress cannot be read
        Screen screen = screen();
        Prompt prompt = env.stdinIsTerminal() && env.stdoutIsTerminal() ? terminalPrompt()
                : new PlainPrompt(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)),
                        screen.out(), screen.width());
        return practice(queue, layout, prompt);
    }

    /** A session reading from {@code prompt}; tests pass keystrokes a pipe cannot carry, such as Ctrl-C. */
    int practice(List<Exercise> queue, LayoutOptions layout, Prompt prompt) {
        Screen screen = screen();
        // Read by the shutdown hook's thread, hence atomic.
        AtomicBoolean finished = new AtomicBoolean();
        Thread onShutdown = new Thread(() -> {
            saves.drain();
            if (!finished.get()) {
                prompt.close();
                err.println();
                err.println("drainhunt: stopped; your progress is saved in " + store().file());
                err.flush();
            }
        }, "drainhunt-shutdown");
        Runtime.getRuntime().addShutdownHook(onShutdown);
        try {
            return new PracticeSession(this, prompt, screen, layout, queue).run();
        } finally {
            finished.set(true);
            prompt.close();
            try {
                Runtime.getRuntime().removeShutdownHook(onShutdown);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running and will find the session finished.
            }
        }
    }

    private Prompt terminalPrompt() {
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).graphemeCluster(false).build();
            Path history = null;
            try {
                Files.createDirectories(dataDir());
                history = dataDir().resolve("history");
            } catch (IOException e) {
                // No history then; saving progress reports the real problem with the data dir.
            }
            return new TerminalPrompt(terminal, history, PromptCommand.names());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
        }
    }

    /** The pack to study; a broken pack stops the command with every problem listed. */
    Pack pack() {
        if (pack == null) {
            // The bundled pack's match rules are checked when it is built (DiagnosisCorpusTest) and by drainhunt
            // validate; checking them on every run would compile the whole vocabulary before the first line of output.
            PackValidator.Result result = options.exercisesDir == null
                    ? new Catalog(new PackValidator(concept -> Optional.empty())).loadBundled()
                    : new Catalog(validator()).load(options.exercisesDir);
            if (!result.ok()) {
                for (Problem p : result.problems()) {
                    err.println(p.format());
                }
                int n = result.problems().size();
                throw new UserError(ExitCode.FAILED, "the exercise pack has " + n + (n == 1
                        ? " problem; fix it" : " problems; fix them") + " (drainhunt validate lists them) and try again");
            }
            pack = result.pack().orElseThrow();
        }
        return pack;
    }

    /** The exercise a user named by number or id, or a usage error with the closest id. */
    Exercise exercise(String name) {
        Pack p = pack();
        return p.find(name).orElseThrow(() -> UserError.usage("no exercise \"" + name + "\""
                + p.suggest(name).map(s -> " — did you mean \"" + s + "\"?").orElse(
                        " (drainhunt list shows " + p.size() + ": 1-" + p.size() + " or an id)")));
    }

    Screen screen() {
        if (screen == null) {
            boolean color = !options.noColor && env.get("NO_COLOR").isEmpty() && env.stdoutIsTerminal()
                    && !env.get("TERM").orElse("").equals("dumb");
            screen = new Screen(out, color, Screen.width(env));
        }
        return screen;
    }

    /** {@code --data-dir}, else $DRAINHUNT_HOME, else $XDG_DATA_HOME/drainhunt, else ~/.local/share/drainhunt. */
    Path dataDir() {
        return dataDir(options.dataDir, env);
    }

    static Path dataDir(Path explicit, Environment env) {
        if (explicit != null) {
            return explicit;
        }
        return env.get("DRAINHUNT_HOME").map(Path::of)
                .or(() -> env.get("XDG_DATA_HOME").map(x -> Path.of(x, "drainhunt")))
                .orElseGet(() -> Path.of(env.get("HOME").orElse(System.getProperty("user.home")),
                        ".local", "share", "drainhunt"));
    }
}
