package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.lab.FixCheck;
import dev.drainhunt.lab.FixReport;
import dev.drainhunt.lab.WorkingCopy;
import dev.drainhunt.render.FixView;
import dev.drainhunt.render.PracticeView;
import dev.drainhunt.session.FixWatch;
import dev.drainhunt.terminal.Environment;
import dev.drainhunt.terminal.Screen;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code drainhunt fix EX}: a working copy of the buggy code to fix, checked by behaviour, watched on a terminal. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Fix an exercise's bug yourself: lays out the buggy code as a Go module (kept if it exists) "
                + "and checks your fix by its behaviour.",
            "On a terminal it watches the copy and re-checks on every save; piped, or with --check, it checks once "
                    + "(exit 0 fixed, 1 still-buggy or does-not-build). Checking needs Go "
                    + dev.drainhunt.lab.GoToolchain.MINIMUM + " or newer (exit code 4 without it)."})
final class FixCommand extends BaseCommand {

    static final String ASK_RESET = "Put the buggy code back in %s? Your version is kept aside.";

    @Mixin
    ExerciseArgument target = new ExerciseArgument();

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the working copy goes (default: "
            + "DATA/work/NN-id under the data dir).")
    Path dir;

    @Option(names = "--reset", description = "Put the buggy code back (asks first; your version is kept aside).")
    boolean reset;

    @Option(names = "--check", description = "Check the copy once and exit: 0 fixed, 1 still-buggy or "
            + "does-not-build.")
    boolean check;

    @Option(names = "--json", description = "Check once and print the verdict as JSON for scripts.")
    boolean json;

    @Option(names = "--edit", description = "Open $VISUAL or $EDITOR on the copy before watching it.")
    boolean edit;

    private Exercise exercise;
    private WorkingCopy copy;
    private LabTools lab;

    @Override
    public Integer call() {
        exercise = exercise(target.name);
        LabTools.requireLab(exercise);
        Pack pack = pack();
        Path where = (dir != null ? dir : WorkingCopy.defaultDir(settings().dataDir(), exercise)).toAbsolutePath();
        copy = new WorkingCopy(where, exercise);
        lab = new LabTools(settings());
        Screen screen = screen();
        if (reset) {
            if (!console().confirm(ASK_RESET.formatted(copy.snippet()))) {
                screen.println("Not reset.");
                return ExitCode.OK;
            }
            resetCopy();
            if (!check && !json) {
                return ExitCode.OK;
            }
        } else if (copy.create(pack.files())) {
            say("Your working copy: " + copy.snippet() + " (edit it; keep the names its header lists)");
        } else {
            say("Your working copy (kept as you left it): " + copy.snippet());
        }
        Environment env = console().env();
        boolean watch = !check && !json && env.stdinIsTerminal() && env.stdoutIsTerminal();
        lab.go();
        if (!watch) {
            FixReport report = checkOnce();
            return report.verdict() == FixReport.Verdict.FIXED ? ExitCode.OK : ExitCode.FAILED;
        }
        if (edit) {
            openEditor();
        }
        new FixWatch(() -> stamp(copy.dir()), new WatchKeyboard(console().stdin()), d -> Thread.sleep(d.toMillis()),
                new Watched()).run();
        return ExitCode.OK;
    }

    /** Prints where the copy is, on stderr when stdout carries JSON. */
    private void say(String line) {
        if (json) {
            console().err().println(line);
            console().err().flush();
        } else {
            screen().println(line);
            screen().flush();
        }
    }

    private FixReport checkOnce() {
        FixReport report = LabTools.inScratch(d -> new FixCheck(lab.runner(), d).check(exercise, copy, pack().files()));
        boolean first = report.verdict() == FixReport.Verdict.FIXED
                && learner().progress(pack()).exercise(exercise.id()).fixed() == null;
        if (report.verdict() == FixReport.Verdict.FIXED) {
            learner().update(pack(), p -> p.withFixed(exercise.id(), clock().instant()));
        }
        Screen screen = screen();
        if (json) {
            screen.printData(Json.pretty(LabJson.fix(exercise, report)) + "\n");
        } else {
            screen.println(FixView.report(exercise, report, screen.width(), screen.glyphs()));
            if (first) {
                screen.println("Recorded in your progress: exercise " + exercise.number() + " fixed.");
            }
        }
        screen.flush();
        return report;
    }

    private void resetCopy() {
        Optional<Path> kept = copy.reset(pack().files(), clock().instant());
        say("The buggy code is back in " + copy.snippet() + kept.map(k -> "; your version is kept as " + k)
                .orElse(""));
    }

    private void openEditor() {
        Environment env = console().env();
        Optional<String> editor = env.get("VISUAL").or(() -> env.get("EDITOR"));
        if (editor.isEmpty()) {
            console().warn("--edit needs $VISUAL or $EDITOR set; open " + copy.snippet() + " yourself");
            return;
        }
        List<String> command = new java.util.ArrayList<>(List.of(editor.get().strip().split("\\s+")));
        command.add(copy.snippet().toString());
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            console().warn("cannot start " + editor.get() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The copy's Go files, with their times and sizes: what a save changes. */
    static Map<String, List<Long>> stamp(Path dir) {
        Map<String, List<Long>> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().endsWith(".go") || p.getFileName().toString().equals("go.mod"))
                    .forEach(p -> {
                        File f = p.toFile();
                        files.put(f.getName(), List.of(f.lastModified(), f.length()));
                    });
        } catch (IOException e) {
            // A copy removed while watched: an empty snapshot, which the next check will explain.
        }
        return files;
    }

    /** The watch loop's actions on this command's copy, screen and progress. */
    private final class Watched implements FixWatch.Actions {

        @Override
        public void check() {
            Screen screen = screen();
            if (console().env().stdoutIsTerminal()) {
                screen.out().print("\u001b[H\u001b[2J");
            }
            screen.println("Checking " + copy.snippet() + " ...");
            screen.flush();
            checkOnce();
        }

        @Override
        public void hint() {
            Pack pack = pack();
            int count = exercise.hints().size();
            int seen = learner().progress(pack).exercise(exercise.id()).hintsTaken();
            if (seen < count) {
                learner().update(pack, p -> p.withHintTaken(exercise.id()));
            }
            int shown = Math.min(count, seen + 1);
            Screen screen = screen();
            if (shown == 0) {
                screen.println("This exercise has no hints.");
            } else {
                screen.println(PracticeView.hint(shown, count, exercise.hints().get(shown - 1), screen.width()));
            }
            screen.flush();
        }

        @Override
        public void run() {
            Screen screen = screen();
            screen.println("Running the harness on the buggy code and on the fix ...");
            screen.flush();
            screen.println(lab.timeline(exercise, pack().files(), screen.width()));
            screen.flush();
        }

        @Override
        public void reset() {
            resetCopy();
        }

        @Override
        public void say(String line) {
            screen().println(line);
            screen().flush();
        }
    }
}
